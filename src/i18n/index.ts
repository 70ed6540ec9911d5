/** UI strings per language: templates never hold text of their own. */
import type { Lang } from '../schemas/common.ts';
import { en, type UiKey } from './en.ts';
import { fr } from './fr.ts';

const dictionaries: Record<Lang, Record<UiKey, string>> = { en, fr };

export type { UiKey };
export function useTranslations(lang: Lang): (key: UiKey) => string {
  const dictionary = dictionaries[lang];
  return (key) => dictionary[key];
}
