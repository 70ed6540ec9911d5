/**
 * Paragraph-by-paragraph comparison of two versions of a text, as a lawyer
 * would read it: paragraphs are paired by what they say, not by their number
 * (the Framework's 2008 mission statement, para 2, is 2009's para 5), then
 * compared word by word. A paragraph may be unchanged, reworded, moved, split
 * into several, merged from several, added or removed.
 */
import { diffWords, type ChangeObject } from 'diff';

export interface ComparedParagraph {
  /** Printed number or marker ("13", "a)"). */
  number: string;
  text: string;
}

export type RowKind = 'unchanged' | 'changed' | 'split' | 'merged' | 'added' | 'removed';

export interface ComparisonRow {
  kind: RowKind;
  /** True when the paragraph(s) changed place relative to the others. */
  moved: boolean;
  before: ComparedParagraph[];
  after: ComparedParagraph[];
  /** Word-level changes from the joined `before` text to the joined `after` text. */
  words: ChangeObject<string>[];
}

export interface Comparison {
  rows: ComparisonRow[];
  summary: Record<RowKind, number> & { moved: number };
}

/** Two paragraphs are the same paragraph, reworded, when at least this share of their words is common. */
const SAME_PARAGRAPH = 0.5;
/** A paragraph is part of a split or merge when this share of its words is found in the other side. */
const CONTAINED = 0.8;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function counts(tokens: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

/** Words shared by a and b (as multisets). */
function shared(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [word, count] of a) n += Math.min(count, b.get(word) ?? 0);
  return n;
}

const size = (m: Map<string, number>) => [...m.values()].reduce((s, c) => s + c, 0);

/** Dice similarity of two word multisets: 1 for the same words, 0 for none in common. */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
  const total = size(a) + size(b);
  return total === 0 ? 1 : (2 * shared(a, b)) / total;
}

/** Share of `part`'s words that also occur in `whole`. */
function containment(part: Map<string, number>, whole: Map<string, number>): number {
  const n = size(part);
  return n === 0 ? 0 : shared(part, whole) / n;
}

/** Indexes (into `sequence`) of a longest increasing subsequence: the matches that kept their order. */
function longestIncreasing(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(sequence.length).fill(-1);
  sequence.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sequence[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

const joined = (paragraphs: ComparedParagraph[]) => paragraphs.map((p) => p.text).join('\n\n');

export function compareParagraphs(before: ComparedParagraph[], after: ComparedParagraph[]): Comparison {
  const beforeWords = before.map((p) => counts(words(p.text)));
  const afterWords = after.map((p) => counts(words(p.text)));

  // 1. Pair paragraphs one to one, most similar first.
  const candidates: { b: number; a: number; score: number }[] = [];
  beforeWords.forEach((bw, b) =>
    afterWords.forEach((aw, a) => {
      const score = similarity(bw, aw);
      if (score >= SAME_PARAGRAPH) candidates.push({ b, a, score });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.b - x.a) - Math.abs(y.b - y.a));
  const pairOfBefore = new Map<number, number>();
  const pairOfAfter = new Map<number, number>();
  for (const { b, a } of candidates) {
    if (pairOfBefore.has(b) || pairOfAfter.has(a)) continue;
    pairOfBefore.set(b, a);
    pairOfAfter.set(a, b);
  }

  // 2. Groups: each pair, extended by unpaired paragraphs that a paired one on the other side contains (split, merge).
  interface Group {
    before: number[];
    after: number[];
  }
  const groupOfAfter = new Map<number, Group>();
  const groupOfBefore = new Map<number, Group>();
  for (const [b, a] of pairOfBefore) {
    const group = { before: [b], after: [a] };
    groupOfBefore.set(b, group);
    groupOfAfter.set(a, group);
  }
  after.forEach((_, a) => {
    if (groupOfAfter.has(a)) return;
    let best: { b: number; score: number } | undefined;
    beforeWords.forEach((bw, b) => {
      const score = containment(afterWords[a]!, bw);
      if (groupOfBefore.has(b) && score >= CONTAINED && (!best || score > best.score)) best = { b, score };
    });
    if (!best) return;
    const group = groupOfBefore.get(best.b)!;
    group.after.push(a);
    group.after.sort((x, y) => x - y);
    groupOfAfter.set(a, group);
  });
  before.forEach((_, b) => {
    if (groupOfBefore.has(b)) return;
    let best: { a: number; score: number } | undefined;
    afterWords.forEach((aw, a) => {
      const group = groupOfAfter.get(a);
      const score = containment(beforeWords[b]!, aw);
      // Only into a one-to-one pair: a paragraph is not both split and merged.
      if (group && group.after.length === 1 && score >= CONTAINED && (!best || score > best.score)) best = { a, score };
    });
    if (!best) return;
    const group = groupOfAfter.get(best.a)!;
    group.before.push(b);
    group.before.sort((x, y) => x - y);
    groupOfBefore.set(b, group);
  });

  // 3. Moved: groups that are not on the longest run keeping the earlier order.
  const groups = [...new Set(groupOfAfter.values())].sort((x, y) => x.after[0]! - y.after[0]!);
  const inOrder = longestIncreasing(groups.map((g) => g.before[0]!));
  const moved = new Set(groups.filter((_, i) => !inOrder.has(i)));

  // 4. Rows in the order of the later version; a removed paragraph follows the row of the paragraph before it.
  const rows: ComparisonRow[] = [];
  const rowFor = (group: Group): ComparisonRow => {
    const b = group.before.map((i) => before[i]!);
    const a = group.after.map((i) => after[i]!);
    const changes = diffWords(joined(b), joined(a));
    const same = changes.every((c) => !c.added && !c.removed);
    const kind: RowKind = group.after.length > 1 ? 'split' : group.before.length > 1 ? 'merged' : same ? 'unchanged' : 'changed';
    return { kind, moved: moved.has(group), before: b, after: a, words: changes };
  };
  const removedRow = (b: number): ComparisonRow => ({ kind: 'removed', moved: false, before: [before[b]!], after: [], words: [{ value: before[b]!.text, added: false, removed: true, count: 1 }] });
  const emitted = new Set<Group>();
  const removedAfter = new Map<number, number[]>(); // index of the earlier paragraph → removed ones that follow it
  before.forEach((_, b) => {
    if (groupOfBefore.has(b)) return;
    const anchor = b - 1;
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), b]);
  });
  const emitRemovedAfter = (b: number) => {
    for (const r of removedAfter.get(b) ?? []) {
      rows.push(removedRow(r));
      emitRemovedAfter(r);
    }
    removedAfter.delete(b);
  };
  emitRemovedAfter(-1);
  after.forEach((paragraph, a) => {
    const group = groupOfAfter.get(a);
    if (!group) {
      rows.push({ kind: 'added', moved: false, before: [], after: [paragraph], words: [{ value: paragraph.text, added: true, removed: false, count: 1 }] });
      return;
    }
    if (emitted.has(group)) return;
    emitted.add(group);
    rows.push(rowFor(group));
    for (const b of group.before) emitRemovedAfter(b);
  });
  // Removed paragraphs whose predecessor was itself never placed (its group moved away) go last, in order.
  for (const b of [...removedAfter.values()].flat().sort((x, y) => x - y)) rows.push(removedRow(b));

  const summary = { unchanged: 0, changed: 0, split: 0, merged: 0, added: 0, removed: 0, moved: 0 };
  for (const row of rows) {
    summary[row.kind]++;
    if (row.moved) summary.moved++;
  }
  return { rows, summary };
}
