/**
 * npm run check: validates the whole content folder and prints every problem as
 * `path:line: message`. Exit code 1 when there is any error; with --strict,
 * warnings (such as outdated translations) count as errors. MDX bodies unchanged
 * since the last run are not read again (node_modules/.cache/spm-check/, or SPM_CHECK_CACHE), and
 * the others are read by one thread per core.
 */
import { contentRoot } from '../src/lib/content-kinds.ts';
import { checkCachedContent, formatProblem } from '../src/lib/check/index.ts';

const root = contentRoot();
const strict = process.argv.includes('--strict');
const { problems, files, errors: found } = await checkCachedContent(root);
const errors = strict ? problems.length : found;
for (const problem of problems) console.error(formatProblem(problem));
const warnings = problems.length - found;
const tail = warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
console.log(errors ? `✗ ${errors} error${errors === 1 ? '' : 's'} in ${root}/ (${files} files checked${tail})` : `✓ ${root}/ is valid (${files} files checked${tail})`);
process.exitCode = errors ? 1 : 0;
