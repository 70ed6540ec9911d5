import { describe, expect, it } from 'vitest';
import type { Basis } from '../schemas/common.ts';
import type { EnglishPolicyFrontmatter, EventType } from '../schemas/policy.ts';
import { ownDate, standingOf, type VersionRecord } from './standing.ts';

type Event = EnglishPolicyFrontmatter['events'][number];
const event = (date: string, type?: EventType, extra: Partial<Event> = {}): Event => ({ date, type, action: 'x', sources: [{ document: 'd', paragraph: '1' }], ...extra });

function version(label: string, status: EnglishPolicyFrontmatter['status'], events: Event[], statusBasis: Basis = { basis: 'stated' }): VersionRecord {
  return {
    id: `p/${label}.en`,
    data: {
      policy: 'p', version: label, lang: 'en', title: `P ${label}`, kind: 'policy', status, statusBasis,
      classification: 'public', sources: [{ document: 'd', paragraph: '1' }], events, related: [], namedAs: [], printNotes: [], changeNotes: [],
    },
  };
}

/** The Framework as recorded: 2008 text adopted (reported in Feb 2008), 2009 text proposed, 2011 edition promulgated, no text. */
const framework = [
  version('2008', 'in-force', [event('2008-02-26', 'adopted', { reported: true })]),
  version('2009', 'proposed', [event('2009-08-04', 'submitted')]),
  version('2011', 'in-force', [event('2011-02-04', 'promulgated'), event('2017-05-01', 'reviewed')]),
];
const withText = (ids: string[]) => (v: VersionRecord) => ids.includes(v.id);

describe('a version’s own date', () => {
  it('is its adoption, promulgation or issue, never a mention or a reported adoption', () => {
    expect(ownDate(framework[2]!.data)).toBe('2011-02-04');
    expect(ownDate(framework[0]!.data)).toBeUndefined();
    expect(ownDate(framework[1]!.data)).toBeUndefined();
    expect(ownDate(version('x', 'draft', [event('2016-02-02'), event('2016-04-18', 'issued')]).data)).toBe('2016-04-18');
  });
});

describe('what applies now', () => {
  const standing = standingOf(framework, withText(['p/2008.en', 'p/2009.en']));

  it('is the newest version in force, even when its text is not on the site', () => {
    expect(standing.status).toBe('in-force');
    expect(standing.current.version).toBe('2011');
    expect(standing.current.hasText).toBe(false);
    expect(standing.latest.version).toBe('2011');
  });
  it('shows the newest text that applied, with the period it applied', () => {
    expect(standing.shown?.version).toBe('2008');
    expect(standing.shown).toMatchObject({ status: 'superseded', from: undefined, reportedOn: '2008-02-26', until: '2011-02-04' });
    expect(standing.shown?.basis).toEqual({ basis: 'later-edition', version: '2011', date: '2011-02-04' });
  });
  it('keeps a version never recorded in force at its own status', () => {
    expect(standing.versions.map((v) => [v.version, v.status])).toEqual([
      ['2011', 'in-force'],
      ['2009', 'proposed'],
      ['2008', 'superseded'],
    ]);
  });
  it('starts a period where the version entered into force, if that is recorded', () => {
    const sls = standingOf(
      [version('2010', 'endorsed', [event('2010-06-22', 'supported')], { basis: 'inferred', how: 'support read as endorsement' }), version('2011', 'in-force', [event('2011-01-01', 'entered-into-force'), event('2011-04-08', 'issued')])],
      () => false,
    );
    expect(sls.current).toMatchObject({ version: '2011', date: '2011-04-08', from: '2011-01-01' });
    expect(sls.shown).toBeUndefined();
    expect(sls.versions[1]).toMatchObject({ status: 'endorsed', basis: { basis: 'inferred', how: 'support read as endorsement' } });
  });
  it('falls back to the newest version not replaced, and then to the newest', () => {
    expect(standingOf([version('2008', 'superseded', [event('2008-02-26')]), version('2009', 'proposed', [event('2009-08-04')])], () => true).current.version).toBe('2009');
    expect(standingOf([version('2', 'draft', []), version('10', 'draft', [])], () => true).current.version).toBe('10');
  });
  it('carries the typed basis of an inferred status', () => {
    const air = standingOf([version('2016', 'in-force', [event('2016-02-02', 'implemented')], { basis: 'inferred', how: 'progress in implementing' })], () => false);
    expect(air.basis).toEqual({ basis: 'inferred', how: 'progress in implementing' });
  });
});

describe('public copies', () => {
  it('lists the web pages a version cites, once each, with what they lead to', () => {
    const web = { url: 'https://scribd.com/document/1/framework', title: 'Framework, 2011', confidence: 'high' as const };
    const edition = version('2011', 'in-force', [event('2011-02-04', 'promulgated', { sources: [web] })]);
    edition.data.sources = [web, { url: 'https://policy.un.org/policy-all', title: 'Portal listing', confidence: 'high' }];
    const { current } = standingOf([edition], () => false);
    expect(current.copies).toEqual([
      { url: web.url, title: 'Framework, 2011', kind: 'mirror' },
      { url: 'https://policy.un.org/policy-all', title: 'Portal listing', kind: 'portal' },
    ]);
    expect(current.dateSources).toEqual([web]);
  });
});
