/**
 * The numbers and dates of a paragraph, comparable across languages: "1,000" and
 * "1 000" are the same number, "4-6 August 2009" and "4-6 août 2009" the same dates.
 * A translation that drops or changes one is flagged for the translator.
 */
import type { Lang } from '../../schemas/common.ts';
import { fold } from './terms.ts';

export type Quantity = { kind: 'number'; value: number } | { kind: 'month'; value: number };

const MONTHS: Record<Lang, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
};

const MONTH: Record<Lang, RegExp> = {
  en: new RegExp(`(?<!\\p{L})(?:${MONTHS.en.join('|')})(?!\\p{L})`, 'gu'),
  fr: new RegExp(`(?<!\\p{L})(?:${MONTHS.fr.join('|')})(?!\\p{L})`, 'gu'),
};

/** Thousands grouped by commas in English, by spaces (plain, no-break or narrow) in French; decimals the other way round. */
const NUMBER: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/gu,
  fr: /(?<![\p{L}\p{N}])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(,\d+)?/gu,
};

/**
 * The numbers and month names of a text, in order. "May" is a month only where a
 * number stands next to it ("4 May", "May 2009"), so "may" the verb is not.
 */
export function quantitiesIn(text: string, lang: Lang): Quantity[] {
  const found: { at: number; q: Quantity }[] = [];
  for (const m of text.matchAll(NUMBER[lang])) {
    const whole = m[1]!.replace(/[^\d]/g, '');
    const fraction = m[2] ? `.${m[2].slice(1)}` : '';
    found.push({ at: m.index, q: { kind: 'number', value: Number(whole + fraction) } });
  }
  const folded = fold(text);
  for (const m of folded.matchAll(MONTH[lang])) {
    const before = folded.slice(Math.max(0, m.index - 3), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/\d\s*$/.test(before) || /^\s*\d/.test(after)) found.push({ at: m.index, q: { kind: 'month', value: MONTHS[lang].indexOf(m[0]) + 1 } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.q);
}

const key = (q: Quantity) => `${q.kind}:${q.value}`;

/** What one side has that the other has not, counting repeats ("5" twice in English, once in French). */
export function compareQuantities(english: string, french: string): { onlyEnglish: Quantity[]; onlyFrench: Quantity[] } {
  const en = quantitiesIn(english, 'en');
  const fr = quantitiesIn(french, 'fr');
  const left = new Map<string, number>();
  for (const q of fr) left.set(key(q), (left.get(key(q)) ?? 0) + 1);
  const onlyEnglish: Quantity[] = [];
  for (const q of en) {
    const n = left.get(key(q)) ?? 0;
    if (n > 0) left.set(key(q), n - 1);
    else onlyEnglish.push(q);
  }
  const onlyFrench = fr.filter((q) => {
    const n = left.get(key(q)) ?? 0;
    if (n > 0) left.set(key(q), n - 1);
    return n > 0;
  });
  return { onlyEnglish, onlyFrench };
}

/** A quantity as a reader of the language writes it: "1 000", "août". */
export function formatQuantity(q: Quantity, lang: Lang): string {
  // Grouping from five digits on, so a year reads "2009" in both languages.
  if (q.kind === 'number') return new Intl.NumberFormat(lang, { useGrouping: 'min2' }).format(q.value);
  return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, q.value - 1, 1)));
}
