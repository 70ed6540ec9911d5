import { describe, expect, it } from 'vitest';
import type { RoleRecord } from '../schemas/role.ts';
import { groupRelated, mentions, mentionUrl, relatedPolicies, usesName } from './related.ts';

const src = [{ document: 'report', paragraph: '1' }];

describe('relatedPolicies', () => {
  const policies = [
    { id: 'guidelines', related: [{ relation: 'guidelines-for' as const, policy: 'moss', sources: src }] },
    { id: 'moss', related: [] },
    { id: 'annex', related: [{ relation: 'annex-of' as const, policy: 'gender', sources: src }] },
  ];
  it('shows a relation declared on one side on both pages', () => {
    const relatedTo = relatedPolicies(policies);
    expect(relatedTo('guidelines')).toEqual([{ policy: 'moss', relation: 'guidelines-for', direction: 'out', sources: src }]);
    expect(relatedTo('moss')).toEqual([{ policy: 'guidelines', relation: 'guidelines-for', direction: 'in', sources: src }]);
    expect(relatedTo('other')).toEqual([]);
  });
  it('lists a policy’s relations in declaration order, both directions mixed', () => {
    const relatedTo = relatedPolicies([
      { id: 'a', related: [{ relation: 'annex-of' as const, policy: 'hub', sources: src }] },
      { id: 'hub', related: [{ relation: 'to-replace' as const, policy: 'old', sources: src }] },
      { id: 'b', related: [{ relation: 'guidelines-for' as const, policy: 'hub', sources: src }] },
    ]);
    expect(relatedTo('hub').map((r) => [r.policy, r.direction])).toEqual([
      ['a', 'in'],
      ['old', 'out'],
      ['b', 'in'],
    ]);
  });
});

describe('usesName', () => {
  const uses = usesName(['MOSS', 'minimum operating security standards']);
  it('finds whole words, acronyms only in capitals, names in any case', () => {
    expect(uses('Coordinates the implementation of MOSS, based on an SRA')).toBe(true);
    expect(uses('consistent with the Minimum Operating Security Standards;')).toBe(true);
    expect(uses('in line with the minimum operating security standards')).toBe(true);
    expect(uses('MOSS and MORSS')).toBe(true);
    expect(uses('the MORSS only')).toBe(false);
    expect(uses('moss on stones')).toBe(false);
  });
  it('matches nothing without names', () => expect(usesName([])('MOSS')).toBe(false));
});

describe('mentions', () => {
  const role = (versions: RoleRecord['versions']) => ({ id: 'warden', data: { name: 'Warden', classification: 'public' as const, sources: src, versions } });
  it('lists each responsibility that names the policy, with its version, letter and marker', () => {
    const roles = [
      role([
        { framework: '2008', annex: { letter: 'M', heading: 'Wardens' }, responsibilities: [{ marker: 'a)', text: 'Applying MOSS;' }, { marker: 'b)', text: 'Other' }], relations: [], sources: src },
        { framework: '2009', responsibilities: [{ text: 'Implements MORSS' }], relations: [], sources: src },
      ]),
    ];
    expect(mentions(roles, ['MOSS'])).toEqual([{ role: 'warden', heading: 'Wardens', framework: '2008', letter: 'M', marker: 'a)', text: 'Applying MOSS;' }]);
    expect(mentions(roles, ['MORSS'])).toEqual([{ role: 'warden', heading: 'Warden', framework: '2009', letter: undefined, marker: undefined, text: 'Implements MORSS' }]);
    expect(mentions(roles, [])).toEqual([]);
  });
});

describe('mentionUrl', () => {
  const mention = { role: 'warden', heading: 'Wardens', framework: '2008', letter: 'M', marker: 'a)', text: '' };
  it('links to the responsibility on the Framework page that shows its version, or on its version page', () => {
    expect(mentionUrl('en', { ...mention, framework: '2009', marker: '3.' }, '2009', [])).toBe('/policies/framework-for-accountability/#annex-m-3');
    expect(mentionUrl('fr', mention, '2009', ['2008'])).toBe('/fr/policies/framework-for-accountability/versions/2008/#annex-m-a');
  });
  it('links to the English text where the version has none in the reader’s language', () => {
    expect(mentionUrl('fr', mention, '2008', ['2009'])).toBe('/policies/framework-for-accountability/#annex-m-a');
  });
});

describe('groupRelated', () => {
  it('puts relations of one kind and direction under one heading', () => {
    const r = (policy: string, direction: 'in' | 'out') => ({ policy, relation: 'chapter-of' as const, direction, sources: src });
    expect(groupRelated([r('a', 'in'), r('b', 'out'), r('c', 'in')]).map((g) => [g.direction, g.items.map((i) => i.policy)])).toEqual([
      ['in', ['a', 'c']],
      ['out', ['b']],
    ]);
  });
});
