import { describe, expect, it } from 'vitest';
import type { EnglishPolicyFrontmatter, PolicyFrontmatter } from '../../schemas/policy.ts';
import type { RoleVersion } from '../../schemas/role.ts';
import { paragraphsOfBody } from '../paragraphs.ts';
import { byState, policyDocument, roleDocument, totals } from './documents.ts';

// As the data layer gives a text: its body, and readings of its paragraphs and basis.
const text = (body: string, basis?: Record<string, string>) => ({ body, paragraphs: () => paragraphsOfBody(body), basis: () => basis });
const english = {
  data: { policy: 'p', version: '1', lang: 'en', title: 'A policy' } as EnglishPolicyFrontmatter,
  ...text('1. The first paragraph, of 2009.\n\n2. The second paragraph.'),
};
const french = (body: string, basis?: Record<string, string>) => ({
  data: { policy: 'p', version: '1', lang: 'fr', title: 'Une politique', translation: { of: '1', translator: 'Team', state: 'draft' } } as PolicyFrontmatter,
  ...text(body, basis),
});

describe('policyDocument', () => {
  it('pairs paragraphs by number and states the whole', () => {
    const doc = policyDocument(english, french('1. Le premier paragraphe, de 2009.\n\n2. Le second.\n', { '1': 'The first paragraph, of 2009.', '2': 'The second.' }), []);
    expect(doc.reviews.map((r) => [r.key, r.freshness])).toEqual([
      ['1', 'current'],
      ['2', 'outdated'],
    ]);
    expect(doc.summary).toMatchObject({ state: 'outdated', outdated: 1 });
    expect(doc.translation).toEqual({ translator: 'Team', reviewer: undefined, state: 'draft' });
    expect(doc.title).toEqual({ en: 'A policy', fr: 'Une politique' });
  });
  it('names a text by its short title, as the rest of the site does', () => {
    const short = { ...english, data: { ...english.data, title: 'A POLICY ON ALL THINGS', shortTitle: 'A policy' } };
    expect(policyDocument(short, undefined, []).title).toEqual({ en: 'A policy', fr: undefined });
  });
  it('lists every English paragraph as missing where there is no French', () => {
    const doc = policyDocument(english, undefined, []);
    expect(doc.summary).toMatchObject({ state: 'missing', units: 2, unpaired: 0 });
    expect(doc.reviews.every((r) => r.issues[0]?.kind === 'missing-french')).toBe(true);
  });
  it('reads a text without numbered paragraphs as one unit', () => {
    const doc = policyDocument({ ...english, data: { ...english.data, paragraphNumbering: false } }, undefined, []);
    expect(doc.units).toBe('whole-text');
    expect(doc.reviews.map((r) => r.key)).toEqual(['text']);
  });
});

describe('roleDocument and totals', () => {
  const version = {
    framework: '2009',
    annex: { letter: 'A', heading: 'Wardens' },
    responsibilities: [{ marker: 'a)', text: 'Informs personnel;' }, { marker: 'b)', text: 'Visits families.' }],
    relations: [],
    sources: [],
    fr: { translation: { translator: 'Team', state: 'reviewed', basis: { heading: 'Wardens', a: 'Informs personnel;', b: 'Visits families weekly.' } }, heading: 'Coordonnateurs', responsibilities: [{ marker: 'a)', text: 'Informe le personnel ;' }, { marker: 'b)', text: 'Rend visite aux familles.' }] },
  } as unknown as RoleVersion;

  it('reviews the heading and each responsibility, keyed by marker', () => {
    const doc = roleDocument({ id: 'warden', name: 'Warden', frName: 'coordonnateur' }, version, []);
    expect(doc.reviews.map((r) => [r.key, r.freshness])).toEqual([
      ['heading', 'current'],
      ['a', 'current'],
      ['b', 'outdated'],
    ]);
    expect(totals([doc, policyDocument(english, undefined, [])])).toEqual({
      states: { missing: 1, outdated: 1, untracked: 0, current: 0 },
      reviewStates: { reviewed: 1 },
      outdatedUnits: 1,
      glossaryIssues: 0,
      numberIssues: 0,
    });
  });
});

describe('byState', () => {
  it('groups documents in the order a translator works, outdated first, each group A to Z, leaving out empty groups', () => {
    const named = (title: string, french?: string) => policyDocument({ ...english, data: { ...english.data, title } }, french === undefined ? undefined : french_(french), []);
    const french_ = (body: string) => french(body, { '1': 'The first paragraph, of 2009.', '2': 'The second paragraph.' });
    const docs = [named('Zeta'), named('Alpha', '1. Un.\n\n2. Deux.'), named('Beta'), named('Gamma', '1. Un.\n\n2. Deux.\n')];
    const groups = byState(docs, (d) => d.title.en, 'en');
    expect(groups.map((g) => [g.state, g.documents.map((d) => d.title.en)])).toEqual([
      ['missing', ['Beta', 'Zeta']],
      ['current', ['Alpha', 'Gamma']],
    ]);
    const outdated = policyDocument(english, french('1. Un.\n\n2. Deux.', { '1': 'The first paragraph, of 2009.', '2': 'Another.' }), []);
    expect(byState([...docs, outdated], (d) => d.title.en, 'en')[0]).toMatchObject({ state: 'outdated', documents: [outdated] });
  });
});
