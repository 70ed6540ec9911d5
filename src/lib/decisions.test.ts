import { describe, expect, it } from 'vitest';
import type { DecisionRecord, SessionRecord } from '../schemas/session.ts';
import { allDecisions, byHeading, decisionAnchor, decisionCitation, decisionOfEvent, decisionsNaming, followUpLink, groupBy, threads, type SessionEntry } from './decisions.ts';

const decision = (paragraph: string, heading: string, extra: Partial<DecisionRecord> = {}): DecisionRecord => ({
  paragraph, heading, text: `Text ${paragraph}`, items: [], verbs: ['recommend'], addressees: [], topics: [], policies: [], roles: [], followsUp: [],
  sources: [{ document: 'report', paragraph }], ...extra,
});
const session = (id: string, place: string, startDate: string, report: string, decisions: DecisionRecord[]): SessionEntry => ({
  id, data: { place, startDate, endDate: startDate, report, coChairs: [], agenda: [], recommendations: [], workingGroups: [], printNotes: [], discrepancies: [], classification: 'public', sources: [{ document: report, paragraph: '1' }], decisions } satisfies SessionRecord,
});

/** A follow-up stated by the words "the bridge". */
const ref = (session: string, paragraph: string) => ({ session, paragraph, basis: 'stated' as const, quote: 'the bridge' });

const vienna = session('2010-vienna', 'Vienna', '2010-06-22', 'ceb-2010', [
  decision('126', 'L. SPM', { policies: ['spm'], topics: ['security-policy-manual'], followsUp: [{ session: '2009-london', paragraph: '8', basis: 'inferred', how: 'Same draft.' }] }),
  decision('128', 'L. SPM', { verbs: ['agree', 'request'], addressees: ['dss'] }),
  decision('140', 'M. Other'),
]);
const london = session('2009-london', 'London', '2009-08-04', 'ceb-2009', [decision('8', 'D. Policies', { policies: ['spm'], topics: ['security-policy-manual'] })]);
const all = allDecisions([vienna, london]);

describe('decisions', () => {
  it('lists every decision, oldest session first, in printed order', () => {
    expect(all.map((d) => `${d.year} ${d.decision.paragraph}`)).toEqual(['2009 8', '2010 126', '2010 128', '2010 140']);
    expect(all[1]!.anchor).toBe('para-126');
    expect(decisionAnchor('29 b')).toBe('para-29-b');
  });

  it('cites a decision by meeting, year, paragraph and symbol', () => {
    const documents = new Map([['ceb-2010', { symbol: 'CEB/2010/HLCM/20', title: 'Report' }], ['ceb-2009', { title: 'Report without symbol' }]]);
    expect(decisionCitation(all[2]!, documents)).toBe('IASMN, Vienna 2010, para. 128 (CEB/2010/HLCM/20)');
    expect(decisionCitation(all[0]!, documents)).toBe('IASMN, London 2009, para. 8');
  });

  it('groups a session under the report’s headings', () => {
    expect(byHeading(all.filter((d) => d.session.id === '2010-vienna')).map((g) => [g.heading, g.decisions.length])).toEqual([['L. SPM', 2], ['M. Other', 1]]);
  });

  it('groups by topic, verb, addressee and year', () => {
    expect([...groupBy(all, 'verb').keys()]).toEqual(['recommend', 'agree', 'request']);
    expect(groupBy(all, 'addressee').get('dss')?.map((d) => d.decision.paragraph)).toEqual(['128']);
    expect(groupBy(all, 'year').get('2010')).toHaveLength(3);
    expect(groupBy(all, 'topic').get('security-policy-manual')).toHaveLength(2);
  });

  it('finds a policy’s decisions and a thread both ways', () => {
    const about = decisionsNaming(all, 'policies');
    expect(about('spm').map((d) => d.year)).toEqual(['2009', '2010']);
    expect(about('no-such-policy')).toEqual([]);
    const threadOf = threads(all);
    const { earlier, later } = threadOf(all[1]!);
    expect(earlier.map((d) => d.decision.paragraph)).toEqual(['8']);
    expect(threadOf(all[0]!).later.map((d) => d.decision.paragraph)).toEqual(['126']);
    expect(later).toEqual([]);
    expect(threadOf(all[3]!)).toEqual({ earlier: [], later: [] });
  });

  it('lists a decision once under a policy it names twice, and indexes roles the same way', () => {
    const twice = allDecisions([session('2011-x', 'X', '2011-01-04', 'ceb-2011', [decision('1', 'A', { policies: ['spm', 'spm'], roles: ['warden'] })])]);
    expect(decisionsNaming(twice, 'policies')('spm')).toHaveLength(1);
    expect(decisionsNaming(twice, 'roles')('warden')).toHaveLength(1);
  });

  it('lists a thread in the history’s order, each decision once, and ignores references to nothing', () => {
    const geneva = session('2011-geneva', 'Geneva', '2011-01-20', 'ceb-2011', [
      decision('3', 'A.', { followsUp: [ref('2010-vienna', '128'), ref('2009-london', '8'), ref('2009-london', '8'), ref('2009-london', '99')] }),
    ]);
    const more = allDecisions([vienna, london, geneva]);
    const threadOf = threads(more);
    expect(threadOf(more[4]!).earlier.map((d) => `${d.year} ${d.decision.paragraph}`)).toEqual(['2009 8', '2010 128']);
    expect(threadOf(more[0]!).later.map((d) => `${d.year} ${d.decision.paragraph}`)).toEqual(['2010 126', '2011 3']);
    // Each link says how it is known.
    expect(followUpLink(more[4]!, more[0]!)).toMatchObject({ basis: 'stated', quote: 'the bridge' });
    expect(followUpLink(more[1]!, more[0]!)).toMatchObject({ basis: 'inferred', how: 'Same draft.' });
    expect(() => followUpLink(more[0]!, more[4]!)).toThrow(/does not follow up/);
  });
});

describe('decisionOfEvent', () => {
  it('finds the decision a policy event cites by session and report paragraph', () => {
    expect(decisionOfEvent(all, { session: '2010-vienna', sources: [{ document: 'ceb-2010', paragraph: '128' }] })?.decision.paragraph).toBe('128');
    expect(decisionOfEvent(all, { session: '2010-vienna', sources: [{ document: 'ceb-2010', paragraph: '99' }] })).toBeUndefined();
    expect(decisionOfEvent(all, { session: '2010-vienna', sources: [{ document: 'other-report', paragraph: '128' }] })).toBeUndefined();
    expect(decisionOfEvent(all, { sources: [{ document: 'ceb-2010', paragraph: '128' }] })).toBeUndefined();
  });
});
