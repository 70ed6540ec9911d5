/**
 * The FSH → SPM transition matrix: rows in the Handbook's order (a part, then its
 * sub-parts), counts per status, and the lookup from how readers cite a part
 * ("FSH chapter III", "security phases") to its bridge page.
 */
import { transitionStatuses, type TransitionRecord, type TransitionStatus } from '../schemas/transition.ts';

export interface TransitionEntry {
  id: string;
  data: TransitionRecord;
}

export interface MatrixRow extends TransitionEntry {
  /** Nesting level under the Handbook as a whole (0 for the whole, or for an SPM-only row). */
  depth: number;
}

/** Rows in reading order: each FSH part followed by its sub-parts, then the SPM's new chapters. */
export function matrixRows(entries: TransitionEntry[]): MatrixRow[] {
  const children = new Map<string | undefined, TransitionEntry[]>();
  for (const e of entries) {
    const parent = e.data.fsh?.parent;
    children.set(parent, [...(children.get(parent) ?? []), e]);
  }
  const rows: MatrixRow[] = [];
  const seen = new Set<string>();
  const visit = (e: TransitionEntry, depth: number) => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    rows.push({ ...e, depth });
    for (const child of children.get(e.id) ?? []) visit(child, depth + 1);
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

/** Lower case, no accents, punctuation or small words, "chapter 3" as "chapter iii", and without the Handbook's own name unless that is all there is. */
function fold(s: string): string {
  const plain = s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bchapter\s+(\d+)\b/g, (_, n: string) => `chapter ${toRoman(Number(n))}`)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the|of|in|and|a|an|on|for|to)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.replace(/\b(un |united nations )?(field security handbook|handbook|fsh)\b/g, ' ').replace(/\s+/g, ' ').trim() || plain;
}

function toRoman(n: number): string {
  const numerals: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of numerals) while (n >= value) [n, out] = [n - value, out + letters];
  return out;
}

/** Every name a row answers to: its title, its reference and its aliases, folded for matching. */
export function lookupKeys(entry: TransitionEntry): string[] {
  const fsh = entry.data.fsh;
  if (!fsh) return [];
  return [...new Set([fsh.title, fsh.reference, ...fsh.aliases].map(fold).filter(Boolean))];
}

/**
 * The row a reference names: an exact key first, then the row whose key the
 * reference contains at the greatest length ("FSH chapter V, security phases").
 */
export function lookup(entries: TransitionEntry[], reference: string): TransitionEntry | undefined {
  const wanted = fold(reference);
  if (!wanted) return undefined;
  const keyed = entries.flatMap((e) => lookupKeys(e).map((key) => ({ e, key })));
  const exact = keyed.find((k) => k.key === wanted);
  if (exact) return exact.e;
  const contained = keyed.filter((k) => k.key.length > 2 && (` ${wanted} `.includes(` ${k.key} `) || ` ${k.key} `.includes(` ${wanted} `)));
  return contained.sort((a, b) => b.key.length - a.key.length)[0]?.e;
}
