/** The open-data form of the records: what /api/*.json publishes, derived from the same content as the pages. */
import type { RoleRecord } from '../schemas/role.ts';
import { decisionCitation, type Decision } from './decisions.ts';
import type { Placement } from './manual.ts';
import type { CitedDocument } from './sources.ts';
import { standingOfVersion, type Policy } from './policies.ts';
import type { RelatedPolicy } from './related.ts';

export interface PolicyRecord {
  id: string;
  url: string;
  title: string;
  kind: string;
  /** What applies now (lib/standing.ts): the status of the version in force, else of the newest not replaced. */
  status: string;
  /** "stated" by a source, "inferred" by the editors (with how), or inferred from a later edition. */
  statusBasis: unknown;
  currentVersion: string;
  manual: { chapter: string; section: string | null; title: string; edition: string; current: boolean } | null;
  related: RelatedPolicy[];
  versions: {
    version: string;
    title: string;
    kind: string;
    /** The version's status now: "superseded" once a later version is in force. */
    status: string;
    statusBasis: unknown;
    /** Its own date (adoption, promulgation or issue), or null where none is recorded. */
    date: string | null;
    languages: string[];
    hasText: boolean;
    /** Public copies its sources list, each "portal", "official" or "mirror". */
    copies: unknown[];
    events: unknown[];
    sources: unknown[];
  }[];
}

export function policyRecord(policy: Policy, placement: Placement | undefined, related: RelatedPolicy[], site: URL): PolicyRecord {
  const { data } = policy.current;
  const { standing } = policy;
  return {
    id: policy.id,
    url: new URL(`/policies/${policy.id}/`, site).href,
    title: data.title,
    kind: data.kind,
    status: standing.status,
    statusBasis: standing.basis,
    currentVersion: data.version,
    manual: placement
      ? { chapter: placement.chapter.data.number, section: placement.at.letter ?? null, title: placement.at.title, edition: placement.at.edition, current: placement.current }
      : null,
    related,
    versions: policy.versions.map((v) => {
      const version = standingOfVersion(policy, v.data.version);
      return {
        version: v.data.version,
        title: v.data.title,
        kind: v.data.kind,
        status: version.status,
        statusBasis: version.basis,
        date: version.date ?? null,
        languages: policy.texts.filter((t) => (t.data.lang === 'en' ? t.data.version : t.data.translation.of) === v.data.version).map((t) => t.data.lang),
        hasText: version.hasText,
        copies: version.copies,
        events: v.data.events,
        sources: v.data.sources,
      };
    }),
  };
}

export interface RoleOpenRecord {
  id: string;
  url: string;
  name: string;
  acronym: string | null;
  parent: string | null;
  /** The Framework version that first names the actor, where an earlier one does not. */
  newIn: string | null;
  notes: string | null;
  versions: (RoleRecord['versions'][number] & { status: string })[];
}

/** A role with every version of the Framework that names it, each with that version's status. */
export function roleRecord(id: string, role: RoleRecord, site: URL, statusOf: (framework: string) => string, newIn: string | undefined): RoleOpenRecord {
  return {
    id,
    url: new URL(`/roles/${id}/`, site).href,
    name: role.name,
    acronym: role.acronym ?? null,
    parent: role.parent ?? null,
    newIn: newIn ?? null,
    notes: role.notes ?? null,
    versions: role.versions.map((v) => ({ ...v, status: statusOf(v.framework) })),
  };
}

export interface DecisionOpenRecord {
  session: string;
  paragraph: string;
  url: string;
  citation: string;
  date: string;
  place: string;
  report: string;
  heading: string;
  text: string;
  items: { marker: string; text: string }[];
  verbs: string[];
  addressees: string[];
  topics: string[];
  policies: string[];
  roles: string[];
  followsUp: { session: string; paragraph: string }[];
  summaryItem: string | null;
  implementation: string | null;
}

export function decisionRecord(d: Decision, documents: ReadonlyMap<string, CitedDocument>, site: URL): DecisionOpenRecord {
  const { decision, session } = d;
  return {
    session: session.id,
    paragraph: decision.paragraph,
    url: new URL(`/history/${session.id}/#${d.anchor}`, site).href,
    citation: decisionCitation(d, documents),
    date: session.data.startDate,
    place: session.data.place,
    report: session.data.report,
    heading: decision.heading,
    text: decision.text,
    items: decision.items,
    verbs: decision.verbs,
    addressees: decision.addressees,
    topics: decision.topics,
    policies: decision.policies,
    roles: decision.roles,
    followsUp: decision.followsUp,
    summaryItem: decision.summaryItem ?? null,
    implementation: decision.implementation?.status ?? null,
  };
}

const CSV_COLUMNS = ['session', 'paragraph', 'date', 'place', 'report', 'citation', 'url', 'heading', 'text', 'items', 'verbs', 'addressees', 'topics', 'policies', 'roles', 'followsUp', 'summaryItem', 'implementation'] as const;

/** RFC 4180: every field quoted, inner quotes doubled, CRLF line ends. */
const field = (value: string) => `"${value.replace(/"/g, '""')}"`;

export function decisionsCsv(records: DecisionOpenRecord[]): string {
  const cell = (r: DecisionOpenRecord, column: (typeof CSV_COLUMNS)[number]): string => {
    const value = r[column];
    if (column === 'items') return r.items.map((i) => `${i.marker} ${i.text}`).join('\n');
    if (column === 'followsUp') return r.followsUp.map((f) => `${f.session} para ${f.paragraph}`).join('; ');
    if (Array.isArray(value)) return value.join('; ');
    return value ?? '';
  };
  return [CSV_COLUMNS.join(','), ...records.map((r) => CSV_COLUMNS.map((c) => field(cell(r, c))).join(','))].join('\r\n') + '\r\n';
}
