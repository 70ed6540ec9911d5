/** The Security Policy Manual's table of contents, and where each policy sits in it. */
import type { ManualChapterRecord } from '../schemas/manual.ts';

export interface ChapterEntry {
  id: string;
  data: ManualChapterRecord;
}

export type ManualSection = ManualChapterRecord['sections'][number];

export interface Placement {
  chapter: ChapterEntry;
  section: ManualSection;
}

export function chaptersInOrder(chapters: ChapterEntry[]): ChapterEntry[] {
  return [...chapters].sort((a, b) => a.data.order - b.data.order);
}

/** Every policy placed in the Manual, in the Manual's order. */
export function placements(chapters: ChapterEntry[]): Map<string, Placement> {
  const placed = new Map<string, Placement>();
  for (const chapter of chaptersInOrder(chapters))
    for (const section of chapter.data.sections) if (section.policy && !placed.has(section.policy)) placed.set(section.policy, { chapter, section });
  return placed;
}

/** The policies before and after one in the Manual's order. */
export function neighbours(chapters: ChapterEntry[], policy: string): { previous?: string; next?: string } {
  const order = [...placements(chapters).keys()];
  const i = order.indexOf(policy);
  if (i < 0) return {};
  return { ...(i > 0 ? { previous: order[i - 1]! } : {}), ...(i < order.length - 1 ? { next: order[i + 1]! } : {}) };
}

/** "Chapter II, Section A" style reference, without words (the template adds them per language). */
export const sectionLabel = (placement: Placement) => `${placement.chapter.data.number}${placement.section.letter ? `-${placement.section.letter}` : ''}`;
