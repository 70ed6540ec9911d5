/**
 * Records in the reader's language: a name from the record's French where it has
 * one (typed once, in content), a role's annex entry from its French translation
 * with the responsibilities whose English changed since marked. Where the French
 * is missing the English is given, with its language, so the page can mark it.
 */
import type { Lang } from '../../schemas/common.ts';
import type { RoleVersion } from '../../schemas/role.ts';
import { paragraphFreshness } from '../freshness.ts';
import { englishRoleUnits, responsibilityKey } from './role-units.ts';

export interface Localized {
  text: string;
  lang: Lang;
}

/** French names are written lower-case, as in running text; as a label they start with a capital. */
export const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);

/** A record with an English name and perhaps a French one: a role, a topic. */
export interface Named {
  name: string;
  fr?: { name: string } | undefined;
}

export function localName(record: Named, lang: Lang): Localized {
  return lang === 'fr' && record.fr ? { text: upperFirst(record.fr.name), lang: 'fr' } : { text: record.name, lang: 'en' };
}

export interface LocalAnnexEntry {
  lang: Lang;
  heading?: string | undefined;
  qualifier?: string | undefined;
  footnote?: string | undefined;
  leadIn?: string | undefined;
  responsibilities: { marker?: string | undefined; text: string; outdated: boolean }[];
  translation?: NonNullable<RoleVersion['fr']>['translation'];
}

export function annexEntryIn(version: RoleVersion, lang: Lang): LocalAnnexEntry {
  const { annex, fr } = version;
  if (lang === 'en' || !fr)
    return { lang: 'en', heading: annex?.heading, qualifier: annex?.qualifier, footnote: annex?.footnote?.text, leadIn: version.leadIn, responsibilities: version.responsibilities.map((r) => ({ ...r, outdated: false })) };
  const fresh = paragraphFreshness(englishRoleUnits(version).map((u) => ({ number: u.key, text: u.text })), fr.translation.basis);
  const outdated = new Set(fresh.filter((f) => f.state === 'outdated').map((f) => f.number));
  return {
    lang: 'fr',
    heading: fr.heading,
    qualifier: fr.qualifier,
    footnote: fr.footnote,
    leadIn: fr.leadIn,
    responsibilities: fr.responsibilities.map((r, i) => ({ ...r, outdated: outdated.has(responsibilityKey(r.marker, i)) })),
    translation: fr.translation,
  };
}

/** The `lang` attribute a text needs on a page: none where it is in the page's language. */
export const langAttr = (text: Localized, page: Lang): Lang | undefined => (text.lang === page ? undefined : text.lang);

/** A role's acronym as French texts write it: the French one where there is one, else the English (French texts keep "DO", "SMT"). */
export const localAcronym = (record: { acronym?: string | undefined; fr?: { acronym?: string | undefined } | undefined }, lang: Lang) =>
  (lang === 'fr' ? record.fr?.acronym : undefined) ?? record.acronym;
