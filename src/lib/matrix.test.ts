import { describe, expect, it } from 'vitest';
import { disagrees, readCell, readMatrix } from './matrix.ts';

describe('risk matrix cells', () => {
  it('reads level and printed value, and the value likelihood × impact gives', () => {
    expect(readCell('High (12)', 4, 3)).toEqual({ text: 'High (12)', level: 'high', printed: 12, expected: 12 });
    expect(disagrees(readCell('High (12)', 4, 3))).toBe(false);
  });
  it('flags a printed value that is not likelihood × impact', () => {
    expect(disagrees(readCell('High (12)', 5, 3))).toBe(true);
  });
  it('leaves cells without a level alone', () => {
    expect(readCell('Transfer & Accept', 1, 2)).toEqual({ text: 'Transfer & Accept' });
    expect(disagrees(readCell('Transfer & Accept', 1, 2))).toBe(false);
  });
  it('reads a whole matrix', () => {
    const cells = readMatrix({ rowAxis: 'L', columnAxis: 'I', columns: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }], rows: [{ label: 'x', value: 2, cells: ['Low (2)', 'Medium (5)'] }], classification: 'public', sources: [{ document: 'd', annex: 'D' }] });
    expect(cells[0]!.map(disagrees)).toEqual([false, true]);
  });
});
