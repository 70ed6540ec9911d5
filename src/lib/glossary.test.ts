import { describe, expect, it } from 'vitest';
import { byLetter, headword, termAnchor, type GlossaryEntry } from './glossary.ts';

const entry = (id: string, term: string, acronym?: string): GlossaryEntry => ({
  id,
  data: { term, ...(acronym ? { acronym } : {}), classification: 'public', sources: [{ document: 'd', paragraph: '1' }] },
});

describe('glossary', () => {
  it('files terms A to Z by acronym, else by term, ignoring accents and case', () => {
    const letters = byLetter([entry('smt', 'Security Management Team', 'SMT'), entry('do', 'Designated Official', 'DO'), entry('equipe', 'Équipe'), entry('csa-sa', 'Chief Security Adviser/Security Adviser', 'CSA/SA'), entry('ceb', 'Chief Executives Board', 'CEB')], 'en');
    expect(letters.map((l) => [l.letter, l.entries.map(headword)])).toEqual([
      ['C', ['CEB', 'CSA/SA']],
      ['D', ['DO']],
      ['E', ['Équipe']],
      ['S', ['SMT']],
    ]);
  });
  it('anchors each term by its id', () => {
    expect(termAnchor('csa-sa')).toBe('term-csa-sa');
  });
});
