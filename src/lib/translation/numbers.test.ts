import { describe, expect, it } from 'vitest';
import { compareQuantities, formatQuantity, quantitiesIn } from './numbers.ts';

describe('quantitiesIn', () => {
  it('reads English and French thousands and decimals', () => {
    expect(quantitiesIn('1,000 staff and 2.5 posts', 'en')).toEqual([
      { kind: 'number', value: 1000 },
      { kind: 'number', value: 2.5 },
    ]);
    expect(quantitiesIn('1 000 agents et 2,5 postes, 12\u202f500 au total', 'fr')).toEqual([
      { kind: 'number', value: 1000 },
      { kind: 'number', value: 2.5 },
      { kind: 'number', value: 12500 },
    ]);
  });
  it('reads a range and a month next to a number', () => {
    expect(quantitiesIn('4-6 August 2009', 'en')).toEqual([
      { kind: 'number', value: 4 },
      { kind: 'number', value: 6 },
      { kind: 'month', value: 8 },
      { kind: 'number', value: 2009 },
    ]);
    expect(quantitiesIn('du 4 au 6 AOÛT 2009', 'fr').map((q) => q.kind)).toEqual(['number', 'number', 'month', 'number']);
  });
  it('does not take "may" the verb for a month, nor a list comma for a decimal', () => {
    expect(quantitiesIn('the DO may decide', 'en')).toEqual([]);
    expect(quantitiesIn('paragraphes 4, 5 et 6', 'fr').map((q) => q.value)).toEqual([4, 5, 6]);
  });
  it('reads ordinals by their number', () => {
    expect(quantitiesIn('the 23rd session', 'en')).toEqual([{ kind: 'number', value: 23 }]);
    expect(quantitiesIn('la 23e session', 'fr')).toEqual([{ kind: 'number', value: 23 }]);
  });
});

describe('compareQuantities', () => {
  it('finds nothing amiss in the same numbers written each language\'s way', () => {
    expect(compareQuantities('1,000 staff', '1 000 agents')).toEqual({ onlyEnglish: [], onlyFrench: [] });
    expect(compareQuantities('4-6 August 2009', '4-6 août 2009')).toEqual({ onlyEnglish: [], onlyFrench: [] });
  });
  it('reports a changed number and a changed month on both sides', () => {
    expect(compareQuantities('within 30 days, by 4 August', 'dans un délai de 60 jours, avant le 4 septembre')).toEqual({
      onlyEnglish: [{ kind: 'number', value: 30 }, { kind: 'month', value: 8 }],
      onlyFrench: [{ kind: 'number', value: 60 }, { kind: 'month', value: 9 }],
    });
  });
  it('counts repeats', () => {
    expect(compareQuantities('5 and 5', '5').onlyEnglish).toEqual([{ kind: 'number', value: 5 }]);
  });
});

describe('formatQuantity', () => {
  it('writes numbers and months in the reader\'s language', () => {
    expect(formatQuantity({ kind: 'number', value: 12500 }, 'fr')).toBe('12\u202f500');
    expect(formatQuantity({ kind: 'number', value: 2009 }, 'fr')).toBe('2009');
    expect(formatQuantity({ kind: 'number', value: 2009 }, 'en')).toBe('2009');
    expect(formatQuantity({ kind: 'month', value: 8 }, 'fr')).toBe('août');
    expect(formatQuantity({ kind: 'month', value: 8 }, 'en')).toBe('August');
  });
});
