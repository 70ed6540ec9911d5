import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatNumber, formatPercent } from './dates.ts';

describe('dates', () => {
  it('formats per language, whatever the time zone', () => {
    expect(formatDate('2009-08-04', 'en')).toBe('4 August 2009');
    expect(formatDate('2009-08-04', 'fr')).toBe('4 août 2009');
    expect(formatDate('2011-01-01', 'fr')).toBe('1er janvier 2011');
    expect(formatDate('2011-01-01', 'en')).toBe('1 January 2011');
  });
  it('formats ranges compactly', () => {
    expect(formatDateRange('2009-08-04', '2009-08-06', 'en')).toMatch(/^4\s–\s6 August 2009$/u);
    expect(formatDateRange('2009-08-04', '2009-08-06', 'fr')).toBe('4–6 août 2009');
    expect(formatDateRange('2009-08-04', undefined, 'en')).toBe('4 August 2009');
  });
});

describe('formatNumber', () => {
  it('groups thousands as each language does', () => {
    expect(formatNumber(1250, 'en')).toBe('1,250');
    expect(formatNumber(1250, 'fr')).toBe('1\u202f250');
  });
  it('writes percentages as each language does', () => {
    expect(formatPercent(45, 'en')).toBe('45%');
    expect(formatPercent(45, 'fr')).toBe('45\u00a0%');
  });
});
