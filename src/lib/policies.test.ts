import { describe, expect, it } from 'vitest';
import type { EnglishPolicyFrontmatter, PolicyFrontmatter } from '../schemas/policy.ts';
import { changeHistory, citationTitle, comparablePairs, groupPolicies as group, laterVersions, recentEvents, textIn, type PolicyText } from './policies.ts';

/** Every text in these tests has its body on the site. */
const groupPolicies = (texts: PolicyText[]) => group(texts, () => true);

function english(version: string, status: EnglishPolicyFrontmatter['status'], date?: string): PolicyText<EnglishPolicyFrontmatter> {
  return {
    id: `p/${version}.en`,
    data: {
      policy: 'p', version, lang: 'en', title: `Policy ${version}`, shortTitle: 'Policy', kind: 'policy', status, statusBasis: { basis: 'stated' },
      classification: 'public', sources: [{ document: 'd', paragraph: '1' }],
      events: date ? [{ date, body: 'IASMN', action: 'x', sources: [{ document: 'd', paragraph: '1' }] }] : [],
      related: [], namedAs: [], printNotes: [], changeNotes: [],
    },
  };
}

describe('grouping', () => {
  it('groups texts by policy and finds a translation by the version it translates', () => {
    const fr: PolicyText<PolicyFrontmatter> = {
      id: 'p/2009.fr',
      data: { policy: 'p', version: '2009', lang: 'fr', title: 'Politique', classification: 'public', translation: { of: '2009', translator: 'Équipe', state: 'draft' }, changeNotes: [] },
    };
    const [policy] = groupPolicies([english('2009', 'proposed', '2009-08-04'), fr]);
    expect(policy?.id).toBe('p');
    expect(textIn(policy!, '2009', 'fr')?.id).toBe('p/2009.fr');
    expect(textIn(policy!, '2008', 'fr')).toBeUndefined();
    expect(citationTitle(policy!.current)).toBe('Policy (2009)');
  });
});

describe('recent events', () => {
  it('lists the latest events across policies, newest first', () => {
    const policies = groupPolicies([english('2008', 'superseded', '2008-02-26'), english('2009', 'proposed', '2009-08-04')]);
    expect(recentEvents(policies, 1).map((e) => e.event.date)).toEqual(['2009-08-04']);
    expect(recentEvents(policies, 5)).toHaveLength(2);
  });
});

describe('comparable versions', () => {
  it('pairs every two versions that have text, older first', () => {
    const [policy] = groupPolicies([english('2008', 'superseded', '2008-02-26'), english('2009', 'proposed', '2009-08-04'), english('2011', 'in-force', '2011-02-04')]);
    expect(comparablePairs(policy!, new Set(['p/2008.en', 'p/2009.en', 'p/2011.en']))).toEqual([
      { from: '2008', to: '2009' },
      { from: '2008', to: '2011' },
      { from: '2009', to: '2011' },
    ]);
    expect(comparablePairs(policy!, new Set(['p/2009.en']))).toEqual([]);
  });
});

describe('changeHistory', () => {
  it('lists major and minor notes apart, newest first', () => {
    const note = (date: string, change: 'major' | 'minor') => ({ date, change, note: `${change} ${date}` });
    const { major, minor } = changeHistory([note('2026-01-01', 'major'), note('2026-03-01', 'minor'), note('2026-02-01', 'major')]);
    expect(major.map((n) => n.date)).toEqual(['2026-02-01', '2026-01-01']);
    expect(minor.map((n) => n.note)).toEqual(['minor 2026-03-01']);
  });
});

describe('laterVersions', () => {
  it('lists the versions newer than the one in force, newest first', () => {
    const [policy] = groupPolicies([english('2008', 'in-force', '2008-02-26'), english('2009', 'proposed', '2009-08-04'), english('2010', 'draft', '2010-06-01')]);
    expect(policy!.current.data.version).toBe('2008');
    expect(laterVersions(policy!).map((v) => v.data.version)).toEqual(['2010', '2009']);
  });
  it('is empty when the newest version is the current one', () => {
    const [policy] = groupPolicies([english('2008', 'superseded', '2008-02-26'), english('2009', 'in-force', '2009-08-04')]);
    expect(laterVersions(policy!)).toEqual([]);
  });
});

describe('facts declared on one version', () => {
  it('hold for the policy: its relations and names are gathered from every version, once each', () => {
    const older = english('2016', 'endorsed', '2016-02-02');
    older.data.related = [{ relation: 'chapter-of', policy: 'spm', sources: [{ document: 'd', paragraph: '120' }] }];
    older.data.namedAs = ['ST/SGB/13'];
    const edition = english('2016-04', 'in-force', '2016-04-18');
    edition.data.namedAs = ['Role of UNDSS', 'ST/SGB/13'];
    const [policy] = groupPolicies([older, edition]);
    expect(policy!.current.data.version).toBe('2016-04');
    expect(policy!.related.map((r) => r.policy)).toEqual(['spm']);
    expect(policy!.namedAs).toEqual(['Role of UNDSS', 'ST/SGB/13']);
  });
});
