import { describe, expect, it } from 'vitest';
import { byLetter, headword, termAnchor, type GlossaryEntry } from './glossary.ts';

const entry = (id: string, term: string, acronym?: string): GlossaryEntry => ({
  id,
  data: { term, ...(acronym ? { acronym } : {}), classification: 'public', sources: [{ document: 'd', paragraph: '1' }] },
});

describe('glossary', () => {
  it('files terms A to Z by acronym, else by term, ignoring accents and case', () => {
    const letters = byLetter([entry('smt', 'Security Management Team', 'SMT'), entry('do', 'Designated Official', 'DO'), entry('equipe', 'Équipe'), entry('csa-sa', 'Chief Security Adviser/Security Adviser', 'CSA/SA'), entry('ceb', 'Chief Executives Board', 'CEB')], 'en');
    expect(letters.map((l) => [l.letter, l.entries.map((e) => headword(e))])).toEqual([
      ['C', ['CEB', 'CSA/SA']],
      ['D', ['DO']],
      ['E', ['Équipe']],
      ['S', ['SMT']],
    ]);
  });
  it('files terms by their French on a French page, the English where there is no French', () => {
    const withFrench = (e: GlossaryEntry, term: string, acronym?: string): GlossaryEntry => ({ ...e, data: { ...e.data, fr: { term, ...(acronym ? { acronym } : {}), proposal: true, deprecated: [] } } });
    const letters = byLetter([withFrench(entry('do', 'Designated Official', 'DO'), 'responsable désigné'), withFrench(entry('ceb', 'Chief Executives Board', 'CEB'), 'Conseil des chefs de secrétariat', 'CCS'), entry('adb', 'Asian Development Bank', 'ADB')], 'fr');
    expect(letters.map((l) => [l.letter, l.entries.map((e) => headword(e, 'fr'))])).toEqual([
      ['A', ['ADB']],
      ['C', ['CCS']],
      ['R', ['Responsable désigné']],
    ]);
  });
  it('anchors each term by its id', () => {
    expect(termAnchor('csa-sa')).toBe('term-csa-sa');
  });
});
