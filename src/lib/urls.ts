/**
 * The site's URL scheme, in one place. English lives at the root and French
 * under /fr/, with the same path after the prefix, so the language switch is
 * always the same document.
 */
import { langs, type Lang } from '../schemas/common.ts';

const prefix = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);

export const homeUrl = (lang: Lang) => `${prefix(lang)}/`;
export const policiesUrl = (lang: Lang) => `${prefix(lang)}/policies/`;
export const policyUrl = (lang: Lang, policy: string) => `${prefix(lang)}/policies/${policy}/`;
export const searchUrl = (lang: Lang) => `${prefix(lang)}/search/`;
export const rolesUrl = (lang: Lang) => `${prefix(lang)}/roles/`;
export const historyUrl = (lang: Lang) => `${prefix(lang)}/history/`;
export const transitionUrl = (lang: Lang) => `${prefix(lang)}/transition/`;
/** A bridge page: /transition/fsh-v-e/. The matrix's own pages live under /transition/matrix/. */
export const bridgeUrl = (lang: Lang, part: string) => `${prefix(lang)}/transition/${part}/`;
export const transitionStatusUrl = (lang: Lang, status: string) => `${prefix(lang)}/transition/matrix/${status}/`;
export const transitionIndexUrl = (lang: Lang) => `${prefix(lang)}/transition/references/`;
export const transitionStoryUrl = (lang: Lang) => `${prefix(lang)}/transition/story/`;
/** Page names under /transition/ that no row may take as its id. */
export const transitionPages = ['matrix', 'references', 'story'] as const;
export const sessionUrl = (lang: Lang, session: string) => `${prefix(lang)}/history/${session}/`;
/** A pre-rendered list of decisions by facet (/history/topics/aviation-safety/, /history/years/2010/); its pages after the first are numbered below it (…/2/). */
export const historyFacetUrl = (lang: Lang, facet: 'topics' | 'verbs' | 'addressees' | 'years', value: string, page = 1): string =>
  `${prefix(lang)}/history/${facet}/${value}/${page > 1 ? `${page}/` : ''}`;
export const roleUrl = (lang: Lang, role: string) => `${prefix(lang)}/roles/${role}/`;

/** The same page in the other language. */
export function translatePath(path: string, to: Lang): string {
  const bare = path.replace(/^\/fr(?=\/|$)/, '') || '/';
  return `${prefix(to)}${bare}`;
}

/** `params.lang` of the `[...lang]` routes: undefined for English. */
export const langParam = (lang: Lang) => (lang === 'en' ? undefined : lang);
export const langFromParam = (param: string | undefined): Lang => (param === 'fr' ? 'fr' : 'en');
export const glossaryUrl = (lang: Lang) => `${prefix(lang)}/glossary/`;
export const manualUrl = (lang: Lang) => `${prefix(lang)}/manual/`;
export const translationsUrl = (lang: Lang) => `${prefix(lang)}/translations/`;
/** The side-by-side view of a policy text or a role's annex entry, in one version. */
export const sideBySideUrl = (lang: Lang, kind: 'policy' | 'role', id: string, version: string) => `${prefix(lang)}/translations/${kind === 'policy' ? 'policies' : 'roles'}/${id}/${version}/`;
export const versionUrl = (lang: Lang, policy: string, version: string) => `${prefix(lang)}/policies/${policy}/versions/${version}/`;
export const compareUrl = (lang: Lang, policy: string, from: string, to: string) => `${prefix(lang)}/policies/${policy}/compare/${from}/${to}/`;
/** Language of a page from its path (content components know only the URL). */
export const langOfPath = (path: string): Lang => (/^\/fr(\/|$)/.test(path) ? 'fr' : 'en');

/** Static paths of a page that exists once per language. */
export const langPaths = () => langs.map((lang) => ({ params: { lang: langParam(lang) } }));
