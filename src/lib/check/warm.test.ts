/** Warming the check's cache in threads: every MDX file read once, the same problems after. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent } from '../../../tests/helpers/content-fixture.ts';
import { contentPaths } from './content-file.ts';
import { checkContent, formatProblem } from './index.ts';
import { readCache } from './read-cache.ts';
import { warmReadCache } from './warm.ts';

const POLICY = 'policies/framework-for-accountability/1.en.mdx';

describe('warmReadCache', () => {
  it('reads every MDX file into the cache from two threads, and the check then finds the same problems', async () => {
    const copy = copyContent();
    copy.edit(POLICY, (t) => t.replace('3. The third', '2. The third'));
    // A second text, so that each thread has one.
    copy.write('policies/other-policy/1.en.mdx', readFileSync(copy.path(POLICY), 'utf8').replace('policy: framework-for-accountability', 'policy: other-policy'));
    const folder = mkdtempSync(join(tmpdir(), 'spm-warm-'));
    const mdx = contentPaths(copy.root).filter((f) => f.format === 'mdx');
    expect(await warmReadCache(copy.root, readCache(folder), { threads: 2, perThread: 1 })).toBe(2);
    const [version] = readdirSync(folder);
    expect(mdx).toHaveLength(2);
    expect(readdirSync(join(folder, version!))).toHaveLength(mdx.length);
    const cache = readCache(folder);
    expect(checkContent(copy.root, cache).problems.map(formatProblem)).toEqual(checkContent(copy.root).problems.map(formatProblem));
    // Everything is in the cache now: no thread is started for nothing.
    expect(await warmReadCache(copy.root, cache, { threads: 2, perThread: 1 })).toBe(0);
  });

  it('leaves a small tree to the check itself', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spm-warm-'));
    expect(await warmReadCache(copyContent().root, readCache(folder))).toBe(0);
    expect(readdirSync(folder).flatMap((version) => readdirSync(join(folder, version)))).toEqual([]);
  });
});
