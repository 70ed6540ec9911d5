/** Dates and numbers shown to readers, formatted per language with Intl. Content dates are "YYYY-MM-DD". */
import type { Lang } from '../schemas/common.ts';

const formatters: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function formatDate(iso: string, lang: Lang): string {
  const date = formatters[lang].format(toDate(iso));
  // French writes the first of the month as an ordinal: "1er janvier 2011", which Intl does not.
  return lang === 'fr' ? date.replace(/^1 /, '1er ') : date;
}

// Intl's formatRange is slow, and a build formats the same few session dates on thousands of pages.
const ranges = new Map<string, string>();

/** "4–6 August 2009", "4-6 août 2009". */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  const key = `${lang} ${start} ${end}`;
  let range = ranges.get(key);
  if (range === undefined) ranges.set(key, (range = formatters[lang].formatRange(toDate(start), toDate(end))));
  return range;
}

const numbers: Record<Lang, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-GB'), fr: new Intl.NumberFormat('fr-FR') };

/** A count or quantity as the reader's language writes it: "1,250" / "1 250". */
export const formatNumber = (n: number, lang: Lang): string => numbers[lang].format(n);

const percents: Record<Lang, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-GB', { style: 'percent' }), fr: new Intl.NumberFormat('fr-FR', { style: 'percent' }) };

/** A whole percentage: "45%" / "45 %". */
export const formatPercent = (percent: number, lang: Lang): string => percents[lang].format(percent / 100);
