/**
 * A role as its page presents it: its versions in reading order (the Framework in
 * force first), what is new, how its responsibilities changed between versions,
 * and which policies its responsibilities name.
 */
import type { Lang } from '../schemas/common.ts';
import type { PolicyStatus } from '../schemas/policy.ts';
import type { RoleRecord, RoleVersion } from '../schemas/role.ts';
import type { ChartEdge, ChartNode } from './chart.ts';
import { compareParagraphs, type ComparisonRow } from './compare.ts';
import { usesName } from './related.ts';
import { annexActors, type RoleEntry } from './roles.ts';
import { localName } from './translation/localize.ts';
import { responsibilityKey } from './translation/role-units.ts';

export interface FrameworkVersion {
  version: string;
  status: PolicyStatus;
  /** Its status is the editors' inference (a later edition took effect), not a source's statement. */
  inferred: boolean;
}

/** The role's versions, in the order of `frameworks` (the one in force first). */
export function versionsInOrder(role: RoleRecord, frameworks: FrameworkVersion[]): { framework: FrameworkVersion; version: RoleVersion }[] {
  return frameworks.flatMap((framework) => {
    const version = role.versions.find((v) => v.framework === framework.version);
    return version ? [{ framework, version }] : [];
  });
}

/** The Framework version that first names the role, when an earlier Framework does not. */
export function newIn(role: RoleRecord, frameworksOldestFirst: string[]): string | undefined {
  const first = frameworksOldestFirst.find((f) => role.versions.some((v) => v.framework === f));
  return first && first !== frameworksOldestFirst[0] ? first : undefined;
}

/** The name each version prints for the actor, where it differs from the one before. */
export function renamings(role: RoleRecord, frameworksOldestFirst: string[]): { framework: string; from: string; to: string }[] {
  const heading = (v: RoleVersion) => v.annex?.heading ?? v.mainText?.heading;
  const ordered = frameworksOldestFirst.map((f) => role.versions.find((v) => v.framework === f)).filter((v): v is RoleVersion => v !== undefined);
  return ordered.slice(1).flatMap((v, i) => {
    const [from, to] = [heading(ordered[i]!), heading(v)];
    return from && to && from !== to ? [{ framework: v.framework, from, to }] : [];
  });
}

export interface ResponsibilityChange extends ComparisonRow {
  /** A one-to-one match whose item stands at another place in the list. */
  renumbered: boolean;
}

/** Each responsibility of `from` matched by content to its counterpart in `to`. */
export function responsibilityChanges(from: RoleVersion, to: RoleVersion): ResponsibilityChange[] {
  const items = (v: RoleVersion) => v.responsibilities.map((r, i) => ({ number: r.marker ?? String(i + 1), text: r.text, index: i }));
  const before = items(from);
  const after = items(to);
  const position = (list: typeof before, number: string) => list.findIndex((p) => p.number === number);
  return compareParagraphs(before, after).rows.map((row) => ({
    ...row,
    renumbered: row.before.length === 1 && row.after.length === 1 && position(before, row.before[0]!.number) !== position(after, row.after[0]!.number),
  }));
}

/** Ids of the policies one of whose names a responsibility of the role uses. */
export function policiesNamed(role: RoleRecord, policies: { id: string; namedAs: readonly string[] }[]): string[] {
  const texts = role.versions.flatMap((v) => v.responsibilities.map((r) => r.text));
  return policies.filter((p) => p.namedAs.length > 0 && texts.some(usesName(p.namedAs))).map((p) => p.id);
}

/** Anchor of a responsibility on the role page: "v2009-3", "v2008-a". */
export const itemAnchor = (framework: string, marker: string | undefined, index: number) => `v${framework}-${responsibilityKey(marker, index)}`;

/** The roles a Framework version names, in its printed order: annex actors and their groups, then main-text-only actors. */
export function rolesIn(roles: RoleEntry[], framework: string): RoleEntry[] {
  const annex = annexActors(roles, framework).flatMap((a) => [a.id, ...a.children.map((c) => c.id)]);
  const byId = new Map(roles.map((r) => [r.id, r]));
  const rest = roles.filter((r) => !annex.includes(r.id) && r.data.versions.some((v) => v.framework === framework));
  return [...annex.map((id) => byId.get(id)!), ...rest];
}

/** The chart of one Framework version: its actors, and the lines its text states between them. */
export function chartData(roles: RoleEntry[], framework: string, lang: Lang): { nodes: ChartNode[]; edges: ChartEdge[] } {
  const named = rolesIn(roles, framework);
  const ids = new Set(named.map((r) => r.id));
  return {
    nodes: named.map((r) => ({ id: r.id, label: localName(r.data, lang).text, lang: localName(r.data, lang).lang })),
    edges: named.flatMap((r) =>
      (r.data.versions.find((v) => v.framework === framework)?.relations ?? [])
        .filter((l) => l.role && ids.has(l.role))
        .map((l) => ({ from: r.id, to: l.role!, kind: l.kind })),
    ),
  };
}
