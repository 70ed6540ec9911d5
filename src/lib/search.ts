/**
 * What search adds to Pagefind, as pure functions: its ranking settings, how
 * much a document's title weighs by whether it applies now, the words of a
 * question that name no subject, and spelling. Pagefind has no typo tolerance
 * and no stop words; the query set in tests/search/queries.ts measures each of
 * these (docs/architecture.md).
 */
import type { PolicyKind, PolicyStatus } from '../schemas/policy.ts';

/**
 * Pagefind's BM25 ranking, less its penalty on long pages (default 0.75): a
 * policy's text runs to thousands of words, and a short page that names it
 * (a Handbook bridge, a related guideline) must not outrank it.
 */
export const ranking = { pageLength: 0.2, metaWeights: { title: 5, applies: 5 } } as const;

/**
 * The heading weight of a document's title (Pagefind gives an h1 7, at most
 * 10): a document that applies now comes before drafts and texts that were
 * replaced when both are named alike, and a policy before the guidelines,
 * standards and manuals that carry it out ("SRM policy", "SRM guidelines").
 */
/** Whether a document applies now: its name is then also given to search as the `applies` meta field, which `ranking` weighs. */
export const appliesNow = (status: PolicyStatus): boolean => status === 'in-force' || status === 'under-review';

export function titleWeight(status: PolicyStatus, kind: PolicyKind = 'policy'): number {
  const byStatus: Partial<Record<PolicyStatus, number>> = { 'in-force': 10, 'under-review': 9, endorsed: 8, superseded: 5 };
  return (byStatus[status] ?? 7) - (kind === 'policy' ? 0 : 0.5);
}

/** Lower case without accents: how words are compared, as Pagefind does by default. */
export const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();

/** The words of a query, split the way the language splits words. */
export function words(text: string, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * A question's own words ("who", "what", "the") name no subject, and Pagefind
 * returns only pages holding every word. They are left out, unless the query
 * is nothing else.
 */
export function subjectWords(query: string, lang: string, questionWords: ReadonlySet<string>): string {
  const all = words(query, lang);
  const kept = all.filter((w) => !questionWords.has(fold(w)));
  return (kept.length ? kept : all).join(' ');
}

/** Edits between two words, a swap of neighbours counting as one (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Short words have many neighbours one edit away, so only longer ones are corrected. */
const allowedEdits = (length: number): number => (length < 5 ? 0 : length < 8 ? 1 : 2);

/**
 * The query with each unknown word replaced by the closest name on the site
 * (the words of its titles, in `vocabulary`), or undefined where every word is
 * known or has no close name.
 */
export function correctSpelling(query: string, lang: string, vocabulary: readonly string[]): string | undefined {
  const folded = vocabulary.map(fold);
  let changed = false;
  const corrected = words(query, lang).map((word) => {
    const w = fold(word);
    // Known: a name it begins (still being typed) or that begins it (an inflection: "wardens", "désignés").
    if (/\d/.test(w) || folded.some((v) => v.startsWith(w) || (v.length >= 4 && w.startsWith(v)))) return word;
    let best: { word: string; edits: number } | undefined;
    folded.forEach((v, i) => {
      const edits = editDistance(w, v);
      if (edits <= allowedEdits(w.length) && (!best || edits < best.edits)) best = { word: vocabulary[i]!, edits };
    });
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? corrected.join(' ') : undefined;
}
