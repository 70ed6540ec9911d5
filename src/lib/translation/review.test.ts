import { describe, expect, it } from 'vitest';
import type { GlossaryRecord } from '../../schemas/glossary.ts';
import { glossaryPairs, pairUnits, reviewUnits, summarize } from './review.ts';

const record = (term: string, acronym: string | undefined, fr?: Partial<NonNullable<GlossaryRecord['fr']>> & { term: string }): GlossaryRecord => ({
  term,
  ...(acronym && { acronym }),
  ...(fr && { fr: { proposal: false, deprecated: [], source: { url: 'https://example.org/', title: 't' }, ...fr } }),
  classification: 'public',
  sources: [{ document: 'd', paragraph: '1' }],
});

const glossary = glossaryPairs([
  { id: 'do', data: record('Designated Official', 'DO', { term: 'responsable désigné', deprecated: ['fonctionnaire désigné'] }) },
  { id: 'smt', data: record('Security Management Team', 'SMT', { term: 'équipe de coordination du dispositif de sécurité' }) },
  { id: 'asc', data: record('Area Security Coordinator', 'ASC', { term: 'coordonnateur de zone', proposal: true }) },
]);

const one = (en: string, fr: string, basis?: Record<string, string>) => reviewUnits([{ key: '1', en, fr }], basis, glossary)[0]!;

describe('reviewUnits', () => {
  it('finds nothing amiss in a faithful translation', () => {
    const r = one('The Designated Official convenes the SMT on 4 August.', "Le responsable désigné réunit l'Équipe de coordination du dispositif de sécurité le 4 août.", {
      '1': 'The Designated Official convenes the SMT on 4 August.',
    });
    expect(r.issues).toEqual([]);
    expect(r.freshness).toBe('current');
    expect(r.enTerms.map((m) => m.id)).toEqual(['do', 'smt']);
    expect(r.frTerms.map((m) => m.id)).toEqual(['do', 'smt']);
  });
  it('flags an approved term missing from the French, and a deprecated variant used', () => {
    expect(one('Designated Officials decide.', 'Les fonctionnaires désignés décident.').issues).toEqual([
      { kind: 'term-missing', term: 'do' },
      { kind: 'deprecated', term: 'do', variant: 'fonctionnaires désignés' },
    ]);
  });
  it('does not require a proposed term', () => {
    expect(one('The Area Security Coordinator decides.', 'Le coordinateur décide.').issues).toEqual([]);
  });
  it('flags numbers that differ', () => {
    expect(one('Within 30 days.', 'Dans un délai de 60 jours.').issues).toEqual([
      { kind: 'numbers', onlyEnglish: [{ kind: 'number', value: 30 }], onlyFrench: [{ kind: 'number', value: 60 }] },
    ]);
  });
  it('marks a unit outdated with the English changes since', () => {
    const r = one('The DO decides within 30 days.', 'Le responsable désigné décide dans un délai de 30 jours.', { '1': 'The DO decides within 10 days.' });
    expect(r.freshness).toBe('outdated');
    expect(r.issues).toContainEqual({ kind: 'outdated' });
    expect(r.changes?.filter((c) => c.added || c.removed).map((c) => `${c.added ? '+' : '-'}${c.value}`)).toEqual(['-10', '+30']);
  });
  it('flags units missing on either side', () => {
    const reviews = reviewUnits(pairUnits([{ key: '1', text: 'One.' }, { key: '2', text: 'Two.' }], [{ key: '1', text: 'Un.' }, { key: '3', text: 'Trois.' }]), undefined, glossary);
    expect(reviews.map((r) => [r.key, r.issues.map((i) => i.kind)])).toEqual([
      ['1', []],
      ['2', ['missing-french']],
      ['3', ['missing-english']],
    ]);
  });
});

describe('summarize', () => {
  it('counts outdated units and issues, and states the whole', () => {
    const reviews = reviewUnits(
      [
        { key: '1', en: 'The DO acts.', fr: 'Le fonctionnaire désigné agit.' },
        { key: '2', en: 'In 2009.', fr: 'En 2010.' },
      ],
      { '1': 'The DO acted.', '2': 'In 2009.' },
      glossary,
    );
    expect(summarize(reviews, true)).toEqual({ state: 'outdated', units: 2, outdated: 1, unpaired: 0, glossaryIssues: 2, numberIssues: 1 });
    expect(summarize(reviews, false).state).toBe('missing');
    expect(summarize(reviewUnits([{ key: '1', en: 'A.', fr: 'A.' }], undefined, glossary), true).state).toBe('untracked');
  });
});
