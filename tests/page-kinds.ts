/** One page of each kind the site publishes (English paths; the French are under /fr): the layout guard's and the reference screenshots' list. */
export const pageKinds = [
  '/',
  '/policies/',
  '/policies/framework-for-accountability/',
  '/policies/security-level-system/',
  '/policies/framework-for-accountability/versions/2009/',
  '/policies/framework-for-accountability/compare/2008/2009/',
  '/manual/',
  '/roles/',
  '/roles/designated-official/',
  '/history/',
  '/history/2016-02-new-york/',
  '/history/topics/accountability/',
  '/transition/',
  '/transition/fsh-v-e/',
  '/glossary/',
  '/search/',
  '/translations/',
] as const;

/** The widths reference screenshots are kept at, a phone's and a desktop's, and how much of each page they hold (the first 1,200 px). */
export const screenshotWidths = [375, 1280] as const;
export const screenshotHeight = 1200;

/** A reference screenshot's file name: "policies-framework-for-accountability-375.png". */
export const screenshotName = (path: string, width: number): string => `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}-${width}.png`;
