import { describe, expect, it } from 'vitest';
import { canSample, descendants, parseChildren, parseStat, parseVmRss, sampleTreeRss, treeRss } from './proc.ts';

describe('parsing /proc', () => {
  it('reads pid and parent pid from a stat line, whatever the command name holds', () => {
    expect(parseStat('1234 (node) S 1200 1234 1200 0 -1 4194304')).toEqual({ pid: 1234, ppid: 1200 });
    expect(parseStat('77 (my (odd) name) R 5 77 5 0')).toEqual({ pid: 77, ppid: 5 });
    expect(parseStat('garbage')).toBeUndefined();
  });
  it('reads VmRSS in bytes, 0 where there is none', () => {
    expect(parseVmRss('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  204800 kB\nRssAnon:\t 1 kB\n')).toBe(204800 * 1024);
    expect(parseVmRss('Name:\tkthreadd\nState:\tS\n')).toBe(0);
  });
  it('reads a children file', () => {
    expect(parseChildren('12 13 14 \n')).toEqual([12, 13, 14]);
    expect(parseChildren('')).toEqual([]);
  });
});

describe('process trees', () => {
  const entries = [
    { pid: 1, ppid: 0, rss: 1000 },
    { pid: 10, ppid: 1, rss: 100 },
    { pid: 11, ppid: 10, rss: 20 },
    { pid: 12, ppid: 10, rss: 30 },
    { pid: 13, ppid: 12, rss: 4 },
    { pid: 20, ppid: 1, rss: 500 },
  ];
  it('finds the root and every descendant, and no one else', () => {
    expect([...descendants(entries, 10)].sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
    expect([...descendants(entries, 13)]).toEqual([13]);
  });
  it('sums the resident memory of the tree', () => {
    expect(treeRss(entries, 10)).toBe(154);
    expect(treeRss(entries, 99)).toBe(0);
  });
  it.runIf(canSample())('samples a live tree: this process has memory, an ended one none', () => {
    expect(sampleTreeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
    expect(sampleTreeRss(2 ** 22 + 12345)).toBe(0);
  });
});
