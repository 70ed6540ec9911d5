import { describe, expect, it } from 'vitest';
import { classification, id, isoDate, source } from './common.ts';

describe('common schemas', () => {
  it('accepts real ISO dates only, as strings', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2025-02-30').error?.issues[0]?.message).toBe('"2025-02-30" is not a real calendar date; write it as "YYYY-MM-DD" (e.g. "2009-08-04")');
    expect(isoDate.safeParse(new Date('2025-03-02')).error?.issues[0]?.message).toMatch(/unquoted dates are not accepted/);
  });
  it('accepts kebab-case ids only', () => {
    expect(id.safeParse('designated-official').success).toBe(true);
    for (const bad of ['Designated-Official', 'designated_official', '-x', 'a--b', 'a b']) expect(id.safeParse(bad).success).toBe(false);
  });
  it('has no default classification', () => {
    expect(classification.safeParse(undefined).success).toBe(false);
    expect(classification.safeParse('secret').success).toBe(false);
  });
  it('needs a place in a document source', () => {
    expect(source.safeParse({ document: 'd' }).success).toBe(false);
    expect(source.safeParse({ document: 'd', paragraph: '1' }).success).toBe(true);
    expect(source.safeParse({ url: 'https://example.org/x', title: 'X', confidence: 'high' }).success).toBe(true);
    expect(source.safeParse({ url: 'javascript:alert(1)', title: 'X', confidence: 'high' }).success).toBe(false);
  });
});
