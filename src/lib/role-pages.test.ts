import { describe, expect, it } from 'vitest';
import { readRecords } from '../../tests/helpers/records.ts';
import type { RoleRecord } from '../schemas/role.ts';
import { itemAnchor, newIn, policiesNamed, renamings, responsibilityChanges, versionsInOrder } from './role-pages.ts';

const roles = new Map(readRecords('roles').map((r) => [r.id, r.data]));
const role = (id: string) => roles.get(id)!;
const version = (id: string, framework: string) => role(id).versions.find((v) => v.framework === framework)!;
const summary = (id: string) =>
  responsibilityChanges(version(id, '2008'), version(id, '2009')).map((r) => `${r.kind}${r.renumbered ? ' renumbered' : ''}: ${r.before.map((p) => p.number).join('+') || '—'} → ${r.after.map((p) => p.number).join('+') || '—'}`);

describe('responsibility changes, matched by content on the real texts', () => {
  it('Wardens: six items in 2008, five in 2009; the visitors item is dropped and the rest renumbered', () => {
    expect(version('warden', '2008').responsibilities).toHaveLength(6);
    expect(version('warden', '2009').responsibilities).toHaveLength(5);
    expect(summary('warden')).toEqual([
      'changed: a) → 1.',
      'changed: b) → 2.',
      'removed: c) → —',
      'changed renumbered: d) → 3.',
      'changed renumbered: e) → 4.',
      'changed renumbered: f) → 5.',
    ]);
  });

  it('Designated Officials: 19 items to 21, with one item split in two and new duties added', () => {
    expect(version('designated-official', '2008').responsibilities).toHaveLength(19);
    expect(version('designated-official', '2009').responsibilities).toHaveLength(21);
    const rows = summary('designated-official');
    expect(rows).toContain('split: d) → 6.+7.');
    expect(rows.filter((r) => r.startsWith('added'))).toHaveLength(5);
    // Every item of both versions appears exactly once.
    const changes = responsibilityChanges(version('designated-official', '2008'), version('designated-official', '2009'));
    expect(changes.flatMap((r) => r.before).length).toBe(19);
    expect(changes.flatMap((r) => r.after).length).toBe(21);
  });

  it('marks word-level differences of a reworded item', () => {
    const [first] = responsibilityChanges(version('warden', '2008'), version('warden', '2009'));
    expect(first!.words.filter((w) => w.added).map((w) => w.value.trim())).toContain('Functions');
    expect(first!.words.filter((w) => w.removed).map((w) => w.value.trim())).toContain('Functioning');
  });
});

describe('versions and names', () => {
  const frameworks = [{ version: '2008', status: 'in-force' as const, inferred: false }, { version: '2009', status: 'proposed' as const, inferred: false }];
  it('orders a role’s versions as the Frameworks are given, the one in force first', () => {
    expect(versionsInOrder(role('warden'), frameworks).map((v) => v.framework.version)).toEqual(['2008', '2009']);
    expect(versionsInOrder(role('local-security-assistant'), frameworks).map((v) => v.framework.version)).toEqual(['2009']);
  });
  it('marks the actors new in 2009', () => {
    expect(newIn(role('local-security-assistant'), ['2008', '2009'])).toBe('2009');
    expect(newIn(role('executive-group-on-security'), ['2008', '2009'])).toBe('2009');
    expect(newIn(role('chief-security-officer'), ['2008', '2009'])).toBe('2009');
    expect(newIn(role('warden'), ['2008', '2009'])).toBeUndefined();
  });
  it('links a renamed actor across versions', () => {
    expect(renamings(role('field-security-coordination-officer'), ['2008', '2009'])).toEqual([{ framework: '2009', from: 'Field Security Officers', to: 'Field Security Coordination Officers' }]);
    expect(renamings(role('warden'), ['2008', '2009'])).toEqual([]);
  });
});

describe('policiesNamed', () => {
  it('finds the policies whose names a responsibility uses', () => {
    const lsa: RoleRecord = role('local-security-assistant');
    expect(policiesNamed(lsa, [{ id: 'moss', namedAs: ['MOSS'] }, { id: 'morss', namedAs: ['MORSS'] }, { id: 'sls', namedAs: ['SLS'] }, { id: 'none', namedAs: [] }])).toEqual(['moss', 'morss']);
  });
});

describe('itemAnchor', () => {
  it('is stable per version and printed marker', () => {
    expect(itemAnchor('2009', '3.', 2)).toBe('v2009-3');
    expect(itemAnchor('2008', 'a)', 0)).toBe('v2008-a');
    expect(itemAnchor('2009', undefined, 0)).toBe('v2009-1');
  });
});
