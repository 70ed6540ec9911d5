/**
 * The recommendation history as readers browse it: every decision with its
 * session, its citation, and the facets (topic, verb, addressee, year) that
 * pre-rendered lists and search filters group it by.
 */
import type { DecisionRecord, FollowUp, SessionRecord } from '../schemas/session.ts';
import { groupByEach } from './group.ts';
import type { CitedDocument } from './sources.ts';

export interface SessionEntry {
  id: string;
  data: SessionRecord;
}

export interface Decision {
  session: SessionEntry;
  decision: DecisionRecord;
  /** Anchor on the session page: "para-128". */
  anchor: string;
  year: string;
}

export const decisionAnchor = (paragraph: string) => `para-${paragraph.toLowerCase().replace(/[^0-9a-z]+/g, '-')}`;

export function sessionsInOrder(sessions: SessionEntry[]): SessionEntry[] {
  return [...sessions].sort((a, b) => a.data.startDate.localeCompare(b.data.startDate));
}

/** Every decision, oldest session first, in the report's order. */
export function allDecisions(sessions: SessionEntry[]): Decision[] {
  return sessionsInOrder(sessions).flatMap((session) =>
    session.data.decisions.map((decision) => ({ session, decision, anchor: decisionAnchor(decision.paragraph), year: session.data.startDate.slice(0, 4) })),
  );
}

/** "IASMN, Vienna 2010, para. 128 (CEB/2010/HLCM/20)": how a decision is cited. */
export function decisionCitation(d: Decision, documents: ReadonlyMap<string, CitedDocument>, para = 'para.'): string {
  const report = documents.get(d.session.data.report);
  const symbol = report?.symbol ? ` (${report.symbol})` : '';
  return `IASMN, ${d.session.data.place} ${d.year}, ${para} ${d.decision.paragraph}${symbol}`;
}

/** A session's decisions under the report's own headings, in printed order. */
export function byHeading(decisions: Decision[]): { heading: string; decisions: Decision[] }[] {
  const groups: { heading: string; decisions: Decision[] }[] = [];
  for (const d of decisions) {
    const last = groups.at(-1);
    if (last?.heading === d.decision.heading) last.decisions.push(d);
    else groups.push({ heading: d.decision.heading, decisions: [d] });
  }
  return groups;
}

export type Facet = 'topic' | 'verb' | 'addressee' | 'year';

/** URL segment of each facet's pre-rendered lists: /history/topics/…/. */
export const facetOfPath = { topics: 'topic', verbs: 'verb', addressees: 'addressee', years: 'year' } as const satisfies Record<string, Facet>;
export type FacetPath = keyof typeof facetOfPath;

/** The values of one facet for a decision. */
export function facetValues(d: Decision, facet: Facet): string[] {
  switch (facet) {
    case 'topic':
      return d.decision.topics;
    case 'verb':
      return d.decision.verbs;
    case 'addressee':
      return d.decision.addressees;
    case 'year':
      return [d.year];
  }
}

/** Each value of a facet with the decisions that have it, values in first-seen order unless sorted by the caller. */
export const groupBy = (decisions: Decision[], facet: Facet): Map<string, Decision[]> => groupByEach(decisions, (d) => facetValues(d, facet));

/**
 * The decisions that name each policy (or role), oldest first: the policy's and the
 * role's timelines. Indexed once, since every policy page asks.
 */
export function decisionsNaming(decisions: Decision[], kind: 'policies' | 'roles'): (id: string) => Decision[] {
  const index = groupByEach(decisions, (d) => d.decision[kind]);
  return (id) => index.get(id) ?? [];
}

export interface Thread {
  earlier: Decision[];
  later: Decision[];
}

const refKey = (session: string, paragraph: string) => `${session}\u0000${paragraph}`;

/**
 * For each decision, the decisions it follows up and those that follow it up, in the
 * order of `decisions`. Indexed once, so that a page listing many decisions does not
 * scan them all for each one.
 */
export function threads(decisions: Decision[]): (d: Decision) => Thread {
  const byRef = new Map(decisions.map((d) => [refKey(d.session.id, d.decision.paragraph), d]));
  const order = new Map(decisions.map((d, i) => [d, i]));
  const inOrder = (set: Set<Decision>) => [...set].sort((a, b) => order.get(a)! - order.get(b)!);
  const earlier = new Map<Decision, Set<Decision>>();
  const later = new Map<Decision, Set<Decision>>();
  for (const d of decisions)
    for (const ref of d.decision.followsUp) {
      const target = byRef.get(refKey(ref.session, ref.paragraph));
      if (!target) continue;
      earlier.set(d, (earlier.get(d) ?? new Set()).add(target));
      later.set(target, (later.get(target) ?? new Set()).add(d));
    }
  return (d) => ({ earlier: inOrder(earlier.get(d) ?? new Set()), later: inOrder(later.get(d) ?? new Set()) });
}

/** How `later` follows up `earlier`: stated by its own words (quoted) or inferred by the editors (and how). */
export function followUpLink(later: Decision, earlier: Decision): FollowUp {
  const link = later.decision.followsUp.find((ref) => ref.session === earlier.session.id && ref.paragraph === earlier.decision.paragraph);
  if (!link) throw new Error(`${later.session.id} para ${later.decision.paragraph} does not follow up ${earlier.session.id} para ${earlier.decision.paragraph}`);
  return link;
}

interface SessionEvent {
  session?: string | undefined;
  sources: readonly ({ document: string; paragraph?: string | undefined } | { url: string })[];
}

/** The recorded decision a policy event cites: same session, a source paragraph of its report. */
export function decisionOfEvent(decisions: Decision[], event: SessionEvent): Decision | undefined {
  if (!event.session) return undefined;
  return decisions.find(
    (d) => d.session.id === event.session && event.sources.some((s) => 'document' in s && s.document === d.session.data.report && s.paragraph === d.decision.paragraph),
  );
}
