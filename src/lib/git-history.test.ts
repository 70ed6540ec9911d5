import { describe, expect, it } from 'vitest';
import { lastChanges, parseGitLog } from './git-history.ts';

describe('git history', () => {
  it('keeps the newest change of each file', () => {
    const log = ['\u001f2026-11-22\u001fFix para 13', '', 'content/a.mdx', '', '\u001f2026-11-20\u001fAdd texts', '', 'content/a.mdx', 'content/b.yaml', ''].join('\n');
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/a.mdx', { date: '2026-11-22', subject: 'Fix para 13' }],
        ['content/b.yaml', { date: '2026-11-20', subject: 'Add texts' }],
      ]),
    );
  });
  it('reads this repository, paths relative to the working directory', () => {
    const change = lastChanges('content').get('content/policies/framework-for-accountability/2009.en.mdx');
    expect(change?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(change?.subject.length).toBeGreaterThan(0);
  });
  it('returns nothing, not an error, outside git', () => {
    expect(lastChanges('/nonexistent-folder').size).toBe(0);
  });
});
