/** The Security Policy Manual's table of contents, and where each policy sits in it. */
import type { ManualChapterRecord } from '../schemas/manual.ts';
import { publicCopies, type PublicCopy } from './standing.ts';

export interface ChapterEntry {
  id: string;
  data: ManualChapterRecord;
}

export type ManualSection = ManualChapterRecord['sections'][number];
/** A section's current placement or one of its earlier ones. */
export type SectionPlacement = ManualSection | ManualSection['earlier'][number];

export interface Placement {
  chapter: ChapterEntry;
  section: ManualSection;
  /** The placement that names the policy: the section itself, or one of its earlier placements. */
  at: SectionPlacement;
  current: boolean;
}

export function chaptersInOrder(chapters: ChapterEntry[]): ChapterEntry[] {
  return [...chapters].sort((a, b) => a.data.order - b.data.order);
}

/**
 * Every policy placed in the Manual, in the Manual's order. A current placement wins
 * over an earlier one; a policy only earlier placed sits where it stood then.
 */
export function placements(chapters: ChapterEntry[]): Map<string, Placement> {
  const found: Placement[] = [];
  for (const chapter of chaptersInOrder(chapters))
    for (const section of chapter.data.sections) {
      if (section.policy) found.push({ chapter, section, at: section, current: true });
      for (const at of section.earlier) if (at.policy) found.push({ chapter, section, at, current: false });
    }
  const best = new Map<string, Placement>();
  for (const p of found) {
    const seen = best.get(p.at.policy!);
    if (!seen || (p.current && !seen.current)) best.set(p.at.policy!, p);
  }
  // Back in the Manual's order, whichever placement won.
  return new Map(found.filter((p) => best.get(p.at.policy!) === p).map((p) => [p.at.policy!, p]));
}

/** What a policy page says of its place in the Manual. */
export interface ManualPlace {
  chapter: string;
  section?: string | undefined;
  edition: string;
  current: boolean;
}

export const manualPlace = (p: Placement): ManualPlace => ({ chapter: p.chapter.data.number, section: p.at.letter, edition: p.at.edition, current: p.current });

/** The policies before and after each one in the Manual's order, from its placements (worked out once, not per policy). */
export function neighbours(placed: ReadonlyMap<string, Placement>): (policy: string) => { previous?: string; next?: string } {
  const order = [...placed.keys()];
  const index = new Map(order.map((policy, i) => [policy, i]));
  return (policy) => {
    const i = index.get(policy);
    if (i === undefined) return {};
    return { ...(i > 0 ? { previous: order[i - 1]! } : {}), ...(i < order.length - 1 ? { next: order[i + 1]! } : {}) };
  };
}

/** "Chapter II, Section A" style reference, without words (the template adds them per language). */
export const sectionLabel = (placement: Placement) => `${placement.chapter.data.number}${placement.at.letter ? `-${placement.at.letter}` : ''}`;

/**
 * Where a reader can find a policy whose text is not on this site: the public copies its
 * current version cites, then the public listings that place it in the Manual (the UN
 * Policy Portal, or a copy of the Manual's contents), once each.
 */
export function whereToRead(copies: readonly PublicCopy[], placement: Placement | undefined): PublicCopy[] {
  const listed = new Set(copies.map((c) => c.url));
  return [...copies, ...publicCopies(placement?.at.sources ?? []).filter((c) => !listed.has(c.url))];
}
