/**
 * Fills the check's read cache (read-cache.ts) from worker threads, one per core,
 * before a check runs. A cold check of a large Manual spends most of its time
 * parsing MDX, one file after another; the readings are independent, so the
 * cores can share them, and the check then finds them all in the cache.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { contentPaths } from './content-file.ts';
import type { ReadCache } from './read-cache.ts';

/** Below this many MDX files a second thread costs more to start than it saves. */
const WORTH_A_THREAD = 200;

export interface WarmJob {
  folder: string;
  files: { path: string; file: string }[];
}

/**
 * Reads the MDX files of `root` that `cache` does not hold yet, with at most `threads`
 * threads of at least `perThread` files each; returns how many threads did it (0: too
 * few files to be worth it, and the check reads them itself).
 */
export async function warmReadCache(root: string, cache: ReadCache, { threads = availableParallelism(), perThread = WORTH_A_THREAD } = {}): Promise<number> {
  const files = contentPaths(root).filter((f) => f.format === 'mdx' && !cache.hasBody(readFileSync(f.file, 'utf8'), f.path));
  const count = Math.min(threads, Math.floor(files.length / perThread));
  if (count < 2) return 0;
  const shares = Array.from({ length: count }, (_, i) => files.filter((_, j) => j % count === i).map(({ path, file }) => ({ path, file })));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((done, fail) => {
          const worker = new Worker(new URL('./warm-worker.ts', import.meta.url), { workerData: { folder: cache.folder, files: share } satisfies WarmJob });
          worker.once('error', fail);
          worker.once('exit', (code) => (code === 0 ? done() : fail(new Error(`a thread reading content stopped with code ${code}`))));
        }),
    ),
  );
  return count;
}
