/**
 * The recommendation history as readers browse it: every decision with its
 * session, its citation, and the facets (topic, verb, addressee, year) that
 * pre-rendered lists and search filters group it by.
 */
import type { DecisionRecord, SessionRecord } from '../schemas/session.ts';
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
export function groupBy(decisions: Decision[], facet: Facet): Map<string, Decision[]> {
  const groups = new Map<string, Decision[]>();
  for (const d of decisions) for (const value of facetValues(d, facet)) groups.set(value, [...(groups.get(value) ?? []), d]);
  return groups;
}

/** Decisions that name a policy or a role, oldest first: the policy's and the role's timelines. */
export const aboutPolicy = (decisions: Decision[], policy: string) => decisions.filter((d) => d.decision.policies.includes(policy));
export const aboutRole = (decisions: Decision[], role: string) => decisions.filter((d) => d.decision.roles.includes(role));

/** Decisions that follow up `d`, and those `d` follows up: the thread both ways. */
export function thread(decisions: Decision[], d: Decision): { earlier: Decision[]; later: Decision[] } {
  const is = (x: Decision, ref: { session: string; paragraph: string }) => x.session.id === ref.session && x.decision.paragraph === ref.paragraph;
  return {
    earlier: decisions.filter((x) => d.decision.followsUp.some((ref) => is(x, ref))),
    later: decisions.filter((x) => x.decision.followsUp.some((ref) => is(d, ref))),
  };
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
