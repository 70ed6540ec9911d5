/**
 * The FSH → SPM transition matrix: rows in the Handbook's order (a part, then its
 * sub-parts), counts per status, and where each part went. The lookup from how
 * readers cite a part is in fsh-lookup.ts, which the browser loads too.
 */
import type { Lang } from '../schemas/common.ts';
import { transitionStatuses, type TransitionRecord, type TransitionStatus } from '../schemas/transition.ts';
import { groupByEach } from './group.ts';
import { manualUrl, policyUrl } from './urls.ts';

export interface TransitionEntry {
  id: string;
  data: TransitionRecord;
}

export interface MatrixRow extends TransitionEntry {
  /** Nesting level under the Handbook as a whole (0 for the whole, or for an SPM-only row). */
  depth: number;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
const roman = (s: string) => [...s.toLowerCase()].reduce((n, c, i, all) => n + ((ROMAN[c] ?? 0) < (ROMAN[all[i + 1] ?? ''] ?? 0) ? -(ROMAN[c] ?? 0) : (ROMAN[c] ?? 0)), 0);

/**
 * Where a reference stands in the Handbook: "Chapter V, Section A, d) i)" → [5, 1, 4, 1].
 * References without a chapter ("The whole Handbook", "Not given …") sort after those with one.
 */
export function referenceKey(reference: string): number[] {
  const chapter = /\bChapter\s+([IVXL]+|\d+)\b/i.exec(reference);
  if (!chapter) return [Number.MAX_SAFE_INTEGER];
  const section = /\bSection\s+([A-Z])\b/.exec(reference);
  const markers = [...reference.slice((section?.index ?? chapter.index) + (section?.[0] ?? chapter[0]).length).matchAll(/\b([a-z]|[ivx]+)\)/g)].map((m) => m[1]!);
  return [
    /^\d+$/.test(chapter[1]!) ? Number(chapter[1]) : roman(chapter[1]!),
    section ? section[1]!.charCodeAt(0) - 64 : 0,
    ...markers.map((m, i) => (i === 0 && m.length === 1 ? m.charCodeAt(0) - 96 : roman(m))),
  ];
}

const byReference = (a: TransitionEntry, b: TransitionEntry) => {
  const [ka, kb] = [referenceKey(a.data.fsh?.reference ?? ''), referenceKey(b.data.fsh?.reference ?? '')];
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) if ((ka[i] ?? -1) !== (kb[i] ?? -1)) return (ka[i] ?? -1) - (kb[i] ?? -1);
  return (a.data.fsh?.title ?? a.id).localeCompare(b.data.fsh?.title ?? b.id, 'en');
};

/** Rows in reading order: each FSH part followed by its sub-parts, then the SPM's new chapters. */
export function matrixRows(entries: TransitionEntry[]): MatrixRow[] {
  const children = Map.groupBy(entries, (e) => e.data.fsh?.parent);
  const rows: MatrixRow[] = [];
  const seen = new Set<string>();
  const visit = (e: TransitionEntry, depth: number) => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    rows.push({ ...e, depth });
    for (const child of [...(children.get(e.id) ?? [])].sort(byReference)) visit(child, depth + 1);
  };
  const roots = (children.get(undefined) ?? []).sort((a, b) => Number(a.data.status === 'new-in-spm') - Number(b.data.status === 'new-in-spm'));
  for (const root of roots) visit(root, 0);
  // A parent that does not exist is reported by the check; its rows still show.
  for (const e of entries) visit(e, 0);
  return rows;
}

/** How many rows have each status, in the order of the statuses. */
export function statusCounts(entries: TransitionEntry[]): { status: TransitionStatus; count: number }[] {
  return transitionStatuses.map((status) => ({ status, count: entries.filter((e) => e.data.status === status).length }));
}

/** Share of the Handbook's parts that are transitioned, as a whole number of per cent. */
export function progress(entries: TransitionEntry[]): number {
  const parts = entries.filter((e) => e.data.fsh);
  return parts.length ? Math.round((100 * parts.filter((e) => e.data.status === 'transitioned').length) / parts.length) : 0;
}

export type Target = TransitionRecord['replacedBy'][number];

/** Where a target is read: the policy (at its paragraph where known) or the Manual's chapter. */
export function targetHref(lang: Lang, target: Target): string {
  if ('policy' in target) return `${policyUrl(lang, target.policy)}${target.paragraph ? `#p${target.paragraph}` : ''}`;
  return `${manualUrl(lang)}#${target.chapter}`;
}

/**
 * The rows that name a policy as their replacement ("replaces in the Field Security
 * Handbook"), in the rows' order: indexed in one pass, so that each policy's page
 * asks in constant time rather than scanning every row again.
 */
export function replacedParts(entries: TransitionEntry[]): (policy: string) => TransitionEntry[] {
  const parts = groupByEach(
    entries.filter((e) => e.data.fsh),
    (e) => e.data.replacedBy.flatMap((t) => ('policy' in t ? [t.policy] : [])),
  );
  return (policy) => parts.get(policy) ?? [];
}

/**
 * Notes that several rows share, each with a letter (A, B, …) in the order first met:
 * a table prints such a note once, below it, and the rows refer to it.
 */
export function sharedNotes(entries: TransitionEntry[]): Map<string, string> {
  const counts = Map.groupBy(entries.flatMap((e) => (e.data.notes ? [e.data.notes] : [])), (note) => note);
  const shared = [...counts].filter(([, uses]) => uses.length > 1).map(([note]) => note);
  return new Map(shared.map((note, i) => [note, String.fromCharCode(65 + i)]));
}

/** A row's name: its Handbook part's title, or for a chapter new in the SPM the title of the policy it names, by id in `policyTitles`. */
export function rowTitle(entry: TransitionEntry, policyTitles: ReadonlyMap<string, string>): string {
  const first = entry.data.replacedBy[0];
  return entry.data.fsh?.title ?? (first && 'policy' in first ? policyTitles.get(first.policy) : undefined) ?? entry.id;
}
