/** `npm run check` and the build's pre-flight: every content problem, with file and line. */
import { loadContent, type ContentFile, type ContentReader } from './content-file.ts';
import { readCache, readCacheFolder } from './read-cache.ts';
import { warmReadCache } from './warm.ts';
import { consistencyProblems, decisionProblems, sharedNames, supersessionCycles, transitionProblems } from './consistency.ts';
import { byFileAndLine, type Problem } from './problem.ts';
import { referenceProblems } from './references.ts';
import { schemaProblems } from './schema.ts';
import { translationProblems } from './translation.ts';

export { formatProblem, type Problem } from './problem.ts';

export interface CheckResult {
  problems: Problem[];
  files: number;
  errors: number;
  /** Every file as read, for the build to reuse (see lib/readings.ts). */
  loaded: ContentFile[];
}

/** Problems the body of an MDX file has in itself: numbering counts unless the text is printed without it. */
function bodyProblems(file: ContentFile): Problem[] {
  if (!file.body) return [];
  const numbered = (file.data as { paragraphNumbering?: boolean }).paragraphNumbering !== false;
  return [...file.body.safety, ...(numbered ? file.body.numbering : [])].map((p) => ({ file: file.path, ...p, severity: 'error' }));
}

export function checkContent(root: string, reader?: ContentReader): CheckResult {
  const loaded = loadContent(root, reader);
  const problems = [...loaded.problems];
  const valid = loaded.files.filter((file) => {
    if (file.data === undefined) return false;
    const result = schemaProblems(file);
    problems.push(...result.problems, ...bodyProblems(file));
    return result.valid;
  });
  // Links are checked from valid records only, but may point to any file found.
  problems.push(...referenceProblems(loaded.files, valid), ...consistencyProblems(loaded.files, valid), ...supersessionCycles(valid), ...sharedNames(valid), ...decisionProblems(valid), ...transitionProblems(valid), ...translationProblems(valid));
  problems.sort(byFileAndLine);
  return { problems, files: loaded.files.length, errors: problems.filter((p) => p.severity === 'error').length, loaded: loaded.files };
}

/**
 * The check as `npm run check` and the build's pre-flight run it: with the read
 * cache, the MDX files it does not hold read first by one thread per core.
 */
export async function checkCachedContent(root: string): Promise<CheckResult> {
  const cache = readCache(readCacheFolder());
  await warmReadCache(root, cache);
  const result = checkContent(root, cache);
  cache.prune();
  return result;
}
