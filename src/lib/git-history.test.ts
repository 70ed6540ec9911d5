import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanges, lastChangesWhileHeadStays, parseGitLog } from './git-history.ts';

/** A throw-away repository with content/a.mdx, and a way to commit a change to it. */
function repository() {
  const dir = mkdtempSync(join(tmpdir(), 'spm-git-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  mkdirSync(join(dir, 'content'));
  const commit = (text: string, subject: string) => {
    writeFileSync(join(dir, 'content', 'a.mdx'), text);
    git('add', '.');
    git('commit', '-q', '-m', subject);
  };
  return { dir, commit };
}

describe('git history', () => {
  it('keeps the newest change of each file', () => {
    const log = ['\u001f2026-11-22', '', 'content/a.mdx', '', '\u001f2026-11-20', '', 'content/a.mdx', 'content/b.yaml', ''].join('\n');
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/a.mdx', { date: '2026-11-22' }],
        ['content/b.yaml', { date: '2026-11-20' }],
      ]),
    );
  });
  it('reads this repository, paths relative to the working directory', () => {
    const change = lastChanges('content').get('content/policies/framework-for-accountability/2009.en.mdx');
    expect(change?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('returns nothing, not an error, outside git', () => {
    expect(lastChanges('/nonexistent-folder').size).toBe(0);
  });
});

describe('last changes in the dev server', () => {
  it('reads git again only once HEAD has moved', () => {
    const repo = repository();
    repo.commit('one', 'First text');
    const changes = lastChangesWhileHeadStays('content', repo.dir);
    const first = changes();
    expect(first.get('content/a.mdx')).toBeDefined();
    // Saving a file moves nothing: the history is not read again.
    writeFileSync(join(repo.dir, 'content', 'a.mdx'), 'one, edited');
    expect(changes()).toBe(first);
    repo.commit('two', 'Second text');
    expect(changes()).not.toBe(first);
  });
  it('returns nothing, not an error, outside git', () => {
    expect(lastChangesWhileHeadStays('content', tmpdir())().size).toBe(0);
  });
});

