/**
 * The names a reader may misspell in search, per language: the titles of the
 * documents, roles, Handbook parts and meetings, and the glossary's terms. The
 * search page corrects a query against them (lib/search.ts correctSpelling).
 */
import { getCollection } from 'astro:content';
import { shortTitle } from '../lib/policies.ts';
import { fold, words } from '../lib/search.ts';
import { localAcronym, localName } from '../lib/translation/localize.ts';
import type { Lang } from '../schemas/common.ts';
import { getPolicies, getTransition } from './content.ts';

export async function getSearchNames(lang: Lang): Promise<string[]> {
  const [policies, roles, glossary, sessions, transition] = await Promise.all([getPolicies(), getCollection('roles'), getCollection('glossary'), getCollection('sessions'), getTransition()]);
  const names = [
    ...policies.flatMap((p) => p.texts.filter((x) => x.data.lang === lang).flatMap((x) => [shortTitle(x), x.data.title])),
    ...roles.flatMap((r) => [localName(r.data, lang).text, localAcronym(r.data, lang) ?? '']),
    ...glossary.flatMap((g) => (lang === 'fr' ? [g.data.fr?.term ?? '', g.data.fr?.acronym ?? g.data.acronym ?? ''] : [g.data.term, g.data.acronym ?? ''])),
    // Only English pages of these are indexed: their names are English.
    ...(lang === 'en' ? [...sessions.map((s) => s.data.place), ...transition.map((r) => r.data.fsh?.title ?? '')] : []),
  ];
  // One spelling of each word: as written in running text where it is, not in capitals ("System", not "SYSTEM").
  const spellings = new Map<string, string>();
  const capitals = (word: string) => word === word.toLocaleUpperCase(lang);
  for (const word of names.flatMap((name) => words(name, lang))) {
    const seen = spellings.get(fold(word));
    if (word.length >= 4 && !/\d/.test(word) && (!seen || (capitals(seen) && !capitals(word)))) spellings.set(fold(word), word);
  }
  return [...spellings.values()].sort((a, b) => a.localeCompare(b, lang));
}
