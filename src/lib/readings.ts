/**
 * The numbered paragraphs of every MDX body, handed from the build's pre-flight
 * check (integrations/content-check.ts), which has just read them all, to the pages
 * that need them again (translation reviews, comparisons): a body is then parsed
 * once per build for those, not twice. Astro loads integrations and renders pages
 * from separately bundled copies of this module, so the readings sit on one global
 * symbol. Where there are none (the dev server runs no pre-flight), or the text has
 * changed since, the body is read here.
 */
import { resolve } from 'node:path';
import { paragraphsOfBody } from './paragraphs.ts';

export interface Paragraph {
  number: string;
  text: string;
}

interface Reading {
  /** The whole file as the check read it, frontmatter included. */
  text: string;
  paragraphs: readonly Paragraph[];
}

const READINGS = Symbol.for('spm-online.paragraph-readings');
const shelf = globalThis as { [READINGS]?: ReadonlyMap<string, Reading> };

/** Keeps the check's readings of MDX files for the pages, by file path (replacing any earlier ones). */
export function shareReadings(files: Iterable<{ path: string; text: string; paragraphs: readonly Paragraph[] }>): void {
  shelf[READINGS] = new Map([...files].map(({ path, text, paragraphs }) => [resolve(path), { text, paragraphs }]));
}

/** Numbered paragraphs of a policy text: as the check read them if it read this very body, else read now. */
export function paragraphsOf(file: string | undefined, body: string): readonly Paragraph[] {
  const reading = file === undefined ? undefined : shelf[READINGS]?.get(resolve(file));
  // Astro's body is the text after the frontmatter, trimmed.
  return reading?.text.trimEnd().endsWith(body) ? reading.paragraphs : paragraphsOfBody(body);
}
