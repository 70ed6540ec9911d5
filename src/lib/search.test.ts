import { describe, expect, it } from 'vitest';
import { correctSpelling, editDistance, subjectWords, titleWeight } from './search.ts';

const vocabulary = ['Designated', 'Official', 'Warden', 'Security', 'Level', 'System', 'Vienna', 'responsable', 'désigné', 'coordonnateur'];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('warden', 'warden')).toBe(0);
    expect(editDistance('wardan', 'warden')).toBe(1);
    expect(editDistance('oficial', 'official')).toBe(1);
    expect(editDistance('desginated', 'designated')).toBe(1);
    expect(editDistance('securty', 'security')).toBe(1);
    expect(editDistance('sytem', 'system')).toBe(1);
    expect(editDistance('abc', '')).toBe(3);
  });
});

describe('correctSpelling', () => {
  it('replaces each unknown word by the closest name on the site', () => {
    expect(correctSpelling('desginated oficial', 'en', vocabulary)).toBe('Designated Official');
    expect(correctSpelling('securty level sytem', 'en', vocabulary)).toBe('Security level System');
    expect(correctSpelling('coordonateur', 'fr', vocabulary)).toBe('coordonnateur');
  });

  it('leaves known words, words a reader is still typing, numbers and short words alone', () => {
    expect(correctSpelling('designated official', 'en', vocabulary)).toBeUndefined();
    expect(correctSpelling('desig', 'en', vocabulary)).toBeUndefined();
    expect(correctSpelling('Viena 2010', 'en', vocabulary)).toBe('Vienna 2010');
    expect(correctSpelling('dp', 'en', vocabulary)).toBeUndefined();
  });

  it('compares without accents, as Pagefind matches, and leaves inflections of a name alone', () => {
    expect(correctSpelling('responsable designe', 'fr', vocabulary)).toBeUndefined();
    expect(correctSpelling('responsables désignés', 'fr', vocabulary)).toBeUndefined();
    expect(correctSpelling('wardens', 'en', vocabulary)).toBeUndefined();
  });

  it('corrects nothing it has no close name for', () => {
    expect(correctSpelling('appoints', 'en', vocabulary)).toBeUndefined();
  });
});

describe('subjectWords', () => {
  const questionWords = new Set(['who', 'what', 'the', 'qui', 'les']);
  it('drops the words of a question that name no subject', () => {
    expect(subjectWords('Who appoints the wardens?', 'en', questionWords)).toBe('appoints wardens');
    expect(subjectWords('qui nomme les coordonnateurs d’îlot', 'fr', questionWords)).toBe('nomme coordonnateurs d’îlot');
  });
  it('keeps a query that is nothing else', () => {
    expect(subjectWords('who', 'en', questionWords)).toBe('who');
  });
});

describe('titleWeight', () => {
  it('puts what applies now first, and what was replaced last', () => {
    expect(titleWeight('in-force')).toBeGreaterThan(titleWeight('under-review'));
    expect(titleWeight('under-review')).toBeGreaterThan(titleWeight('draft'));
    expect(titleWeight('draft')).toBeGreaterThan(titleWeight('superseded'));
    expect(titleWeight('in-force')).toBeLessThanOrEqual(10);
  });
  it('puts a policy before the guidelines that carry it out, where both stand alike', () => {
    expect(titleWeight('in-force', 'policy')).toBeGreaterThan(titleWeight('in-force', 'guidelines'));
    expect(titleWeight('in-force', 'guidelines')).toBeGreaterThan(titleWeight('under-review', 'policy'));
  });
});

