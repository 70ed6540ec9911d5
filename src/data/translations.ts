/**
 * What translators track, derived once per build from the collections: every
 * translatable text and annex entry reviewed against the glossary, and the
 * French names of glossary terms, roles and topics.
 */
import { getCollection } from 'astro:content';
import { documentsToTranslate, type TranslatableDocument } from '../lib/translation/documents.ts';
import { glossaryPairs, type GlossaryPair } from '../lib/translation/review.ts';
import { getPolicies, getTexts, once } from './content.ts';

export const getGlossaryPairs = once(async (): Promise<GlossaryPair[]> => glossaryPairs(await getCollection('glossary')));

export const getTranslations = once(async (): Promise<TranslatableDocument[]> => {
  const glossary = await getGlossaryPairs();
  return documentsToTranslate(await getPolicies(), await getTexts(), await getCollection('roles'), glossary);
});

const byDocument = once(async () => new Map((await getTranslations()).map((d) => [`${d.kind}:${d.id}@${d.version}`, d])));

/**
 * One document's review. A build reviews every document once (the dashboard lists
 * them all) and looks this one up; the dev server reviews only this one, which at a
 * thousand policies is the difference between a French page in 0.1 s and in 2 s.
 */
async function reviewOf(kind: TranslatableDocument['kind'], id: string, version: string): Promise<TranslatableDocument | undefined> {
  if (import.meta.env.PROD) return (await byDocument()).get(`${kind}:${id}@${version}`);
  const policies = kind === 'policy' ? (await getPolicies()).filter((p) => p.id === id) : [];
  const roles = kind === 'role' ? (await getCollection('roles')).filter((r) => r.id === id) : [];
  return documentsToTranslate(policies, await getTexts(), roles, await getGlossaryPairs()).find((d) => d.version === version);
}

/** Keys of the parts of a translation whose English changed since it was made. */
export async function outdatedParts(kind: TranslatableDocument['kind'], id: string, version: string): Promise<ReadonlySet<string>> {
  const reviews = (await reviewOf(kind, id, version))?.reviews ?? [];
  return new Set(reviews.filter((r) => r.freshness === 'outdated').map((r) => r.key));
}

export interface NameCounts {
  kind: 'glossary' | 'roles' | 'topics';
  translated: number;
  /** Of those, how many are approved terms and how many the team's proposals; topics are the site's own labels, so neither. */
  approved?: number;
  proposals?: number;
  /** Records without a French name, by id and English name. */
  without: { id: string; name: string }[];
}

/** A record's English name, and whether its French name is a proposal (undefined where it has none). */
type Named = { id: string; name: string; fr?: { proposal: boolean } | undefined };

function counts(kind: NameCounts['kind'], records: Named[], terms: boolean): NameCounts {
  const translated = records.filter((r) => r.fr);
  return {
    kind,
    translated: translated.length,
    ...(terms && { approved: translated.filter((r) => r.fr!.proposal === false).length, proposals: translated.filter((r) => r.fr!.proposal === true).length }),
    without: records.filter((r) => !r.fr).map((r) => ({ id: r.id, name: r.name })),
  };
}

export const getNameCounts = once(async (): Promise<NameCounts[]> => [
  counts('glossary', (await getCollection('glossary')).map((g) => ({ id: g.id, name: g.data.term, fr: g.data.fr })), true),
  counts('roles', (await getCollection('roles')).map((r) => ({ id: r.id, name: r.data.name, fr: r.data.fr })), true),
  counts('topics', (await getCollection('topics')).map((t) => ({ id: t.id, name: t.data.name, fr: t.data.fr && { proposal: false } })), false),
]);
