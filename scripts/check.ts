/**
 * npm run check: validates the whole content folder and prints every problem as
 * `path:line: message`. Exit code 1 when there is any error.
 */
import { contentRoot } from '../src/lib/content-kinds.ts';
import { checkContent, formatProblem } from '../src/lib/check/index.ts';

const root = contentRoot();
const { problems, files, errors } = checkContent(root);
for (const problem of problems) console.error(formatProblem(problem));
const warnings = problems.length - errors;
const tail = warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
console.log(errors ? `✗ ${errors} error${errors === 1 ? '' : 's'} in ${root}/ (${files} files checked${tail})` : `✓ ${root}/ is valid (${files} files checked${tail})`);
process.exitCode = errors ? 1 : 0;
