import { describe, expect, it } from 'vitest';
import { SPM_PAGEFIND_LINE, splitLines, starlightPagefindMs, stepMs, stripAnsi, type TimedLine } from './logs.ts';

describe('splitLines', () => {
  it('returns complete lines and keeps the unfinished rest for the next chunk', () => {
    expect(splitLines('', 'a\nb\r\nc')).toEqual({ lines: ['a', 'b'], rest: 'c' });
    expect(splitLines('c', 'd\n')).toEqual({ lines: ['cd'], rest: '' });
  });
});

describe('stripAnsi', () => {
  it('removes colour codes', () => {
    expect(stripAnsi('\x1b[33m[WARN]\x1b[0m text')).toBe('[WARN] text');
  });
});

const line = (ms: number, text: string, stream: 'out' | 'err' = 'out'): TimedLine => ({ ms, text, stream });

describe('Pagefind time from a log', () => {
  const log = [
    line(100, '12:00:00 [build] ✓ Completed in 8.54s.'),
    line(900, '12:00:01 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'),
    line(1200, 'a warning', 'err'),
    line(1000, ''),
    line(3000, '12:00:03 [build] Waiting for integration "spm:pagefind", hook "astro:build:done"...'),
    line(3400, '12:00:03 [spm:pagefind] search index written to /tmp/x/dist/pagefind'),
    line(3500, '12:00:03 [build] Complete!'),
  ];
  it('takes the step from the stdout line before the marker to the marker', () => {
    expect(stepMs(log, SPM_PAGEFIND_LINE)).toBe(2500);
  });
  it('is undefined when the marker is missing or first', () => {
    expect(stepMs(log.slice(0, 2), SPM_PAGEFIND_LINE)).toBeUndefined();
    expect(stepMs(log.slice(4), SPM_PAGEFIND_LINE)).toBeUndefined();
  });
  it("reads Starlight's own time in ms or s", () => {
    expect(starlightPagefindMs([line(1, '[starlight:pagefind] Finished building search index in 812ms.')])).toBe(812);
    expect(starlightPagefindMs([line(1, '[starlight:pagefind] Finished building search index in 2.31s.')])).toBeCloseTo(2310);
    expect(starlightPagefindMs([line(1, 'nothing')])).toBeUndefined();
  });
});
