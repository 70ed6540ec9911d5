import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatMs, formatRatio, median, withRuns } from './stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('is NaN for no values and leaves its input alone', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('formatting', () => {
  it('prints bytes in binary units with three significant digits', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.00 KB');
    expect(formatBytes(15 * 1024)).toBe('15.0 KB');
    expect(formatBytes(150 * 1024)).toBe('150 KB');
    expect(formatBytes(3.5 * 1024 ** 2)).toBe('3.50 MB');
    expect(formatBytes(1.25 * 1024 ** 3)).toBe('1.25 GB');
    expect(formatBytes(Number.NaN)).toBe('–');
  });
  it('prints durations in ms, s or min', () => {
    expect(formatMs(849.6)).toBe('850 ms');
    expect(formatMs(4250)).toBe('4.25 s');
    expect(formatMs(42_340)).toBe('42.3 s');
    expect(formatMs(65_000)).toBe('1 min 05 s');
    expect(formatMs(Number.NaN)).toBe('–');
  });
  it('prints ratios, and a dash where one cannot be taken', () => {
    expect(formatRatio(3, 4)).toBe('0.75×');
    expect(formatRatio(3, 0)).toBe('–');
    expect(formatRatio(Number.NaN, 4)).toBe('–');
  });
  it('prints counts with separators', () => {
    expect(formatCount(12345.4)).toBe('12,345');
  });
  it('shows the median and then each run', () => {
    expect(withRuns([1000, 3000], formatMs)).toBe('2.00 s (1.00 s, 3.00 s)');
    expect(withRuns([1000], formatMs)).toBe('1.00 s');
    expect(withRuns([], formatMs)).toBe('–');
  });
});
