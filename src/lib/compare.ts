/**
 * Paragraph-by-paragraph comparison of two versions of a text, as a lawyer
 * would read it: paragraphs are paired by what they say, not by their number
 * (the Framework's 2008 mission statement, para 2, is 2009's para 5), then
 * compared word by word. A paragraph may be unchanged, reworded, moved, split
 * into several, merged from several, added or removed.
 */
import { diffArrays, diffWords, type ChangeObject } from 'diff';

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

/** How many times each word occurs. */
function bagOf(words: string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of words) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Words two bags share, order aside: never fewer than the words in common in order. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0);
  return shared;
}

/**
 * Words the two texts share in the same order (longest common subsequence), so a reshuffled
 * vocabulary does not count. Below `atLeast` the exact count matters to no threshold, so it is
 * reported as 0 as soon as that is certain: from the bags of words, or when the word diff
 * needs more edits than such a pair could (Myers' diff costs grow with the edits).
 */
function inCommon(a: string[], b: string[], bags: [Map<string, number>, Map<string, number>], atLeast: number): number {
  if (overlap(...bags) < atLeast) return 0;
  const changes = diffArrays(a, b, { maxEditLength: a.length + b.length - 2 * atLeast });
  if (!changes) return 0;
  return changes.reduce((n, change) => (change.added || change.removed ? n : n + (change.count ?? change.value.length)), 0);
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

export function compareParagraphs(before: readonly ComparedParagraph[], after: readonly ComparedParagraph[]): Comparison {
  const beforeWords = before.map((p) => words(p.text));
  const afterWords = after.map((p) => words(p.text));
  const beforeBags = beforeWords.map(bagOf);
  const afterBags = afterWords.map(bagOf);
  // The fewest words in common that could make a pair the same paragraph or one part of the
  // other (rounded down, so that no pair is dropped by a rounding error).
  const needed = (b: number, a: number) => {
    const [nb, na] = [beforeWords[b]!.length, afterWords[a]!.length];
    return Math.floor(Math.min((SAME_PARAGRAPH / 2) * (nb + na), CONTAINED * Math.min(nb, na)));
  };
  const common = beforeWords.map((bw, b) => afterWords.map((aw, a) => inCommon(bw, aw, [beforeBags[b]!, afterBags[a]!], needed(b, a))));
  const similarity = (b: number, a: number) => {
    const total = beforeWords[b]!.length + afterWords[a]!.length;
    return total === 0 ? 1 : (2 * common[b]![a]!) / total;
  };
  /** Share of a paragraph's words found, in order, in one of the other version. */
  const afterInBefore = (a: number, b: number) => (afterWords[a]!.length ? common[b]![a]! / afterWords[a]!.length : 0);
  const beforeInAfter = (b: number, a: number) => (beforeWords[b]!.length ? common[b]![a]! / beforeWords[b]!.length : 0);

  // 1. Pair paragraphs one to one, most similar first.
  const candidates: { b: number; a: number; score: number }[] = [];
  before.forEach((_, b) =>
    after.forEach((__, a) => {
      const score = similarity(b, a);
      if (score >= SAME_PARAGRAPH) candidates.push({ b, a, score });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.b - x.a) - Math.abs(y.b - y.a));
  interface Group {
    before: number[];
    after: number[];
  }
  const groupOfAfter = new Map<number, Group>();
  const groupOfBefore = new Map<number, Group>();
  const join = (group: Group, b: number, a: number) => {
    if (!group.before.includes(b)) group.before = [...group.before, b].sort((x, y) => x - y);
    if (!group.after.includes(a)) group.after = [...group.after, a].sort((x, y) => x - y);
    groupOfBefore.set(b, group);
    groupOfAfter.set(a, group);
  };
  for (const { b, a } of candidates) if (!groupOfBefore.has(b) && !groupOfAfter.has(a)) join({ before: [], after: [] }, b, a);

  // 2. A paragraph mostly contained in one of the other version is a piece of it: a split when it
  //    stands next to the paragraph already paired with that one, a merge the other way round, and a
  //    shortened or lengthened paragraph when that one had no pair. A similar paragraph elsewhere is new.
  const adjacent = (indexes: number[], i: number) => indexes.includes(i - 1) || indexes.includes(i + 1);
  after.forEach((_, a) => {
    if (groupOfAfter.has(a)) return;
    let best: { b: number; score: number } | undefined;
    before.forEach((__, b) => {
      const group = groupOfBefore.get(b);
      const fits = group ? group.before.length === 1 && adjacent(group.after, a) : true;
      const score = afterInBefore(a, b);
      if (fits && score >= CONTAINED && (!best || score > best.score)) best = { b, score };
    });
    if (best) join(groupOfBefore.get(best.b) ?? { before: [], after: [] }, best.b, a);
  });
  before.forEach((_, b) => {
    if (groupOfBefore.has(b)) return;
    let best: { a: number; score: number } | undefined;
    after.forEach((__, a) => {
      const group = groupOfAfter.get(a);
      // Only into a one-to-one pair: a paragraph is not both split and merged.
      const fits = group ? group.after.length === 1 && adjacent(group.before, b) : true;
      const score = beforeInAfter(b, a);
      if (fits && score >= CONTAINED && (!best || score > best.score)) best = { a, score };
    });
    if (best) join(groupOfAfter.get(best.a) ?? { before: [], after: [] }, b, best.a);
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
  // Index of the earlier paragraph → the removed ones that follow it.
  const removedAfter = Map.groupBy(
    [...before.keys()].filter((b) => !groupOfBefore.has(b)),
    (b) => b - 1,
  );
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

/** What a comparison's summary says in words: each kind of change, with the rows (by index) that show it. */
export type SummaryKind = 'added' | 'removed' | 'reworded' | 'split' | 'merged' | 'renumbered' | 'moved';

export interface SummaryLine {
  kind: SummaryKind;
  /** Indexes of the rows that show it, in order. */
  rows: number[];
}

/**
 * The changes worth a reader's attention, in the order they would ask: what is new, what
 * went, what was reworded, split or merged, and what kept its words but not its number or
 * place. A row counts under each kind that applies (a reworded paragraph may also be
 * renumbered); kinds with no row are left out.
 */
export function changeSummary(rows: readonly ComparisonRow[]): SummaryLine[] {
  const renumbered = (row: ComparisonRow) =>
    row.before.length === 1 && row.after.length === 1 && row.before[0]!.number !== row.after[0]!.number;
  const tests: [SummaryKind, (row: ComparisonRow) => boolean][] = [
    ['added', (r) => r.kind === 'added'],
    ['removed', (r) => r.kind === 'removed'],
    ['reworded', (r) => r.kind === 'changed'],
    ['split', (r) => r.kind === 'split'],
    ['merged', (r) => r.kind === 'merged'],
    ['renumbered', renumbered],
    ['moved', (r) => r.moved],
  ];
  return tests
    .map(([kind, test]) => ({ kind, rows: rows.flatMap((row, i) => (test(row) ? [i] : [])) }))
    .filter((line) => line.rows.length > 0);
}
