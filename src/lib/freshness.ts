/**
 * Paragraph-level freshness of a translation. A French text records, per numbered
 * paragraph, the English text it translated (`translation.basis`, written by
 * `npm run translation:done`). A paragraph whose English has changed since is
 * outdated, and the translator sees what changed, word by word.
 */
import { diffWords, type ChangeObject } from 'diff';

export type FreshnessState = 'current' | 'outdated' | 'untracked';

export interface ParagraphFreshness {
  number: string;
  state: FreshnessState;
  /** For an outdated paragraph: the English it translated, and how the English changed since. */
  translated?: string;
  changes?: ChangeObject<string>[];
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Freshness of each English paragraph's French counterpart; without a basis nothing is tracked. */
export function paragraphFreshness(english: { number: string; text: string }[], basis: Readonly<Record<string, string>> | undefined): ParagraphFreshness[] {
  return english.map(({ number, text }) => {
    const translated = basis?.[number];
    if (translated === undefined) return { number, state: 'untracked' };
    if (same(translated, text)) return { number, state: 'current' };
    return { number, state: 'outdated', translated, changes: diffWords(translated, text) };
  });
}

/** The basis to record when a translation is brought up to date: the English as it now is. */
export const basisOf = (english: { number: string; text: string }[]): Record<string, string> => Object.fromEntries(english.map((p) => [p.number, p.text]));
