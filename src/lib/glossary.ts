/** The glossary as readers browse it: A to Z, by acronym where there is one, else by term, in the page's language. */
import type { Lang } from '../schemas/common.ts';
import type { GlossaryRecord } from '../schemas/glossary.ts';
import { upperFirst } from './translation/localize.ts';

export interface GlossaryEntry {
  id: string;
  data: GlossaryRecord;
}

export interface GlossaryLetter {
  letter: string;
  entries: GlossaryEntry[];
}

/** The word a term is filed under: its acronym, else the term; on a French page, the French ones where they exist. */
export function headword(entry: GlossaryEntry, lang: Lang = 'en'): string {
  const { fr } = entry.data;
  return lang === 'fr' && fr ? (fr.acronym ?? upperFirst(fr.term)) : (entry.data.acronym ?? entry.data.term);
}

/** First letter without accents, so "Équipe" is filed under E. */
const initial = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();

export function byLetter(entries: GlossaryEntry[], lang: Lang): GlossaryLetter[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sorted = [...entries].sort((a, b) => collator.compare(headword(a, lang), headword(b, lang)) || collator.compare(a.data.term, b.data.term));
  const letters = Map.groupBy(sorted, (entry) => initial(headword(entry, lang)));
  return [...letters].map(([letter, list]) => ({ letter, entries: list }));
}

/** Anchor of a term on the glossary page: "#term-csa-sa". */
export const termAnchor = (id: string) => `term-${id}`;
