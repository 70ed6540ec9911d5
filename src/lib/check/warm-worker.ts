/** One thread of warm.ts: reads its share of the MDX files into the read cache. */
import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { readCache } from './read-cache.ts';
import type { WarmJob } from './warm.ts';

const { folder, files } = workerData as WarmJob;
const cache = readCache(folder);
for (const { path, file } of files) cache.body(readFileSync(file, 'utf8'), path);
