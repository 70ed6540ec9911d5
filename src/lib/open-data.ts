/** The open-data form of the records: what /api/*.json publishes, derived from the same content as the pages. */
import type { RoleRecord } from '../schemas/role.ts';
import type { Placement } from './manual.ts';
import type { Policy } from './policies.ts';
import type { RelatedPolicy } from './related.ts';

export interface PolicyRecord {
  id: string;
  url: string;
  title: string;
  kind: string;
  status: string;
  currentVersion: string;
  manual: { chapter: string; section: string | null; title: string; edition: string; current: boolean } | null;
  related: RelatedPolicy[];
  versions: {
    version: string;
    title: string;
    kind: string;
    status: string;
    languages: string[];
    hasText: boolean;
    events: unknown[];
    sources: unknown[];
  }[];
}

export function policyRecord(policy: Policy, placement: Placement | undefined, related: RelatedPolicy[], site: URL, hasText: (textId: string) => boolean): PolicyRecord {
  const { data } = policy.current;
  return {
    id: policy.id,
    url: new URL(`/policies/${policy.id}/`, site).href,
    title: data.title,
    kind: data.kind,
    status: data.status,
    currentVersion: data.version,
    manual: placement
      ? { chapter: placement.chapter.data.number, section: placement.at.letter ?? null, title: placement.at.title, edition: placement.at.edition, current: placement.current }
      : null,
    related,
    versions: policy.versions.map((v) => ({
      version: v.data.version,
      title: v.data.title,
      kind: v.data.kind,
      status: v.data.status,
      languages: policy.texts.filter((t) => (t.data.lang === 'en' ? t.data.version : t.data.translation.of) === v.data.version).map((t) => t.data.lang),
      hasText: hasText(v.id),
      events: v.data.events,
      sources: v.data.sources,
    })),
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
