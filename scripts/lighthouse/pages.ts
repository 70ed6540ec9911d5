/** The pages `npm run lighthouse` audits: one of each kind, in English and in French. */

export type Lang = 'en' | 'fr';

export interface PageKind {
  kind: string;
  /** The English URL path (with its query, if any); the French one is the same under /fr. */
  path: string;
}

export interface AuditedPage {
  kind: string;
  lang: Lang;
  path: string;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { kind: 'Home', path: '/' },
  { kind: 'Policy list', path: '/policies/' },
  { kind: 'Policy', path: '/policies/framework-for-accountability/' },
  { kind: 'Version', path: '/policies/framework-for-accountability/versions/2009/' },
  { kind: 'Comparison', path: '/policies/framework-for-accountability/compare/2008/2009/' },
  { kind: 'Roles', path: '/roles/' },
  { kind: 'Role', path: '/roles/designated-official/' },
  { kind: 'History', path: '/history/' },
  { kind: 'Session', path: '/history/2010-06-vienna/' },
  { kind: 'Transition', path: '/transition/' },
  { kind: 'Bridge', path: '/transition/fsh-v-e/' },
  { kind: 'Glossary', path: '/glossary/' },
  { kind: 'Manual', path: '/manual/' },
  { kind: 'Search', path: '/search/?q=security' },
  { kind: 'Translations', path: '/translations/' },
  { kind: 'Side by side', path: '/translations/policies/framework-for-accountability/2009/' },
];

/** The French counterpart of an English path: the same path under /fr. */
export function frenchPath(path: string): string {
  if (!path.startsWith('/')) throw new Error(`not a root-relative path: ${path}`);
  return `/fr${path}`;
}

/** Every page to audit, each kind in English then French. */
export function pagesToAudit(kinds: readonly PageKind[] = PAGE_KINDS): AuditedPage[] {
  return kinds.flatMap(({ kind, path }) => [
    { kind, lang: 'en' as const, path },
    { kind, lang: 'fr' as const, path: frenchPath(path) },
  ]);
}
