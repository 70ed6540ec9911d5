/** The check's cache of readings: the same problems warm as cold, changes seen at once, unquoted dates never cached. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent } from '../../../tests/helpers/content-fixture.ts';
import { checkContent, formatProblem } from './index.ts';
import { readCache } from './read-cache.ts';

const POLICY = 'policies/framework-for-accountability/1.en.mdx';
const SESSION = 'sessions/2001-01-testville.yaml';

describe('the check with its cache', () => {
  const run = (root: string, folder: string) => {
    const cache = readCache(folder);
    const messages = checkContent(root, cache).problems.map(formatProblem);
    cache.prune();
    return messages;
  };

  it('finds the same problems from the cache as afresh, and sees an edit at once', () => {
    const copy = copyContent();
    const folder = mkdtempSync(join(tmpdir(), 'spm-cache-'));
    copy.edit(POLICY, (t) => t.replace('3. The third', '2. The third'));
    const cold = checkContent(copy.root).problems.map(formatProblem);
    expect(cold).toHaveLength(1);
    expect(run(copy.root, folder)).toEqual(cold);
    expect(readdirSync(folder)).toHaveLength(1);
    expect(run(copy.root, folder)).toEqual(cold);
    copy.edit(POLICY, (t) => t.replace('2. The third', '3. The third'));
    expect(run(copy.root, folder)).toEqual([]);
  });

  it('never serves an unquoted date from the cache, which YAML reads as a Date the schema must refuse', () => {
    const copy = copyContent();
    const folder = mkdtempSync(join(tmpdir(), 'spm-cache-'));
    copy.edit(SESSION, (t) => t.replace('startDate: "2001-01-10"', 'startDate: 2001-01-10'));
    const first = run(copy.root, folder);
    expect(first.some((m) => m.includes('unquoted dates are not accepted'))).toBe(true);
    expect(run(copy.root, folder)).toEqual(first);
  });
});
