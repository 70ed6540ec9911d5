/**
 * A role's annex entry as units of translation: its heading, qualifier, footnote,
 * lead-in and each responsibility, paired with the French by key. Responsibilities
 * are keyed by their printed marker ("a)" → "a"), or by position where unmarked,
 * so a French item pairs with its English one even when a marker is added or lost.
 */
import type { RoleVersion } from '../../schemas/role.ts';

export interface RoleUnit {
  key: string;
  text: string;
  /** Where the French unit is written, below the version: for messages with a line. */
  field: (string | number)[];
}

/** "a)" → "a", "1." → "1"; an unmarked item by its position. */
export const responsibilityKey = (marker: string | undefined, index: number) => marker?.replace(/[^0-9a-z]/gi, '').toLowerCase() || String(index + 1);

type Entry = Pick<RoleVersion, 'annex' | 'leadIn' | 'responsibilities'>;

function units(entry: { heading?: string | undefined; qualifier?: string | undefined; footnote?: string | undefined; leadIn?: string | undefined; responsibilities: RoleVersion['responsibilities'] }, prefix: string[]): RoleUnit[] {
  const named = (['heading', 'qualifier', 'footnote', 'leadIn'] as const).flatMap((field) => {
    const text = entry[field];
    return text === undefined ? [] : [{ key: field === 'leadIn' ? 'lead-in' : field, text, field: [...prefix, field] }];
  });
  return [...named, ...entry.responsibilities.map((r, i) => ({ key: responsibilityKey(r.marker, i), text: r.text, field: [...prefix, 'responsibilities', i] }))];
}

/** The English units of a version's annex entry. */
export const englishRoleUnits = (v: Entry): RoleUnit[] =>
  units({ heading: v.annex?.heading, qualifier: v.annex?.qualifier, footnote: v.annex?.footnote?.text, leadIn: v.leadIn, responsibilities: v.responsibilities }, []);

/** The French units, where the version has a French entry. */
export const frenchRoleUnits = (v: Pick<RoleVersion, 'fr'>): RoleUnit[] | undefined => (v.fr ? units(v.fr, ['fr']) : undefined);
