/**
 * The bodies of MDX texts and the bases of their translations, read from their files.
 * Astro's data store keeps neither (content.config.ts): the dev server rewrites and
 * reloads the whole store on every change, and with thousands of bodies and bases in
 * it an edit took seconds to show. The pages that need them (whether a text has a
 * body, its numbered paragraphs for translation reviews and comparisons, the English
 * a translation was made from) read them here.
 *
 * The build's pre-flight check has just read every file; it hands over its readings
 * (integrations/content-check.ts), so that a body is parsed once per build, not twice.
 * Astro loads integrations and renders pages from separately bundled copies of this
 * module, so the readings sit on one global symbol. A reading is used only while the
 * file still holds the text it was made from.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { translationRecord } from '../schemas/translation.ts';
import { readYaml } from './check/content-file.ts';
import { paragraphsOfBody } from './paragraphs.ts';

export interface Paragraph {
  number: string;
  text: string;
}

/** A translation's basis: the English of each unit it translated, by unit (`translation.basis`). */
export type Basis = Readonly<Record<string, string>>;

interface Reading {
  /** The whole file, frontmatter included. */
  text: string;
  /** The file's modification time and size when it last held `text`. */
  stamp?: string;
  body?: string;
  paragraphs?: readonly Paragraph[];
  /** Boxed: a text without a basis has been read too. */
  basis?: { of: Basis | undefined };
}

const READINGS = Symbol.for('spm-online.text-readings');
const shelf = globalThis as { [READINGS]?: Map<string, Reading> };
const readings = (): Map<string, Reading> => (shelf[READINGS] ??= new Map());

/** The basis a text's frontmatter records, if any, from its parsed YAML (which the check has found valid). */
export function basisIn(frontmatter: unknown): Basis | undefined {
  const translation = (frontmatter as { translation?: { basis?: unknown } } | undefined)?.translation;
  return translationRecord.shape.basis.parse(translation?.basis);
}

/** Keeps the check's readings of MDX files for the pages, by file path (replacing any earlier ones). */
export function shareReadings(files: Iterable<{ path: string; text: string; paragraphs: readonly Paragraph[]; basis: Basis | undefined }>): void {
  shelf[READINGS] = new Map([...files].map(({ path, text, paragraphs, basis }) => [resolve(path), { text, paragraphs, basis: { of: basis } }]));
}

/**
 * The file's reading, made afresh if the file no longer holds the text it was made
 * from. An unchanged time and size spare reading the file again: the dev server asks
 * for every text on every request.
 */
function readingOf(file: string): Reading {
  const path = resolve(file);
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs}:${size}`;
  const known = readings().get(path);
  if (known?.stamp === stamp) return known;
  const text = readFileSync(path, 'utf8');
  if (known?.text === text) return Object.assign(known, { stamp });
  const reading = { text, stamp };
  readings().set(path, reading);
  return reading;
}

/** As Astro's MDX loader gives it: the text after the frontmatter, trimmed; empty for a register entry. */
function bodyOfText(text: string): string {
  const front = extractFrontmatter(text);
  return (front === undefined ? text : text.replace(`---${front}---`, '')).trim();
}

const bodyIn = (reading: Reading): string => (reading.body ??= bodyOfText(reading.text));

/** The body of the MDX file at `file` (a path as Astro's `filePath` gives it). */
export const bodyOf = (file: string): string => bodyIn(readingOf(file));

/** The numbered paragraphs of the MDX file at `file`. */
export function paragraphsOf(file: string): readonly Paragraph[] {
  const reading = readingOf(file);
  return (reading.paragraphs ??= paragraphsOfBody(bodyIn(reading)));
}

/** The basis of the translation in the MDX file at `file`; undefined where it records none. */
export function basisOf(file: string): Basis | undefined {
  const reading = readingOf(file);
  reading.basis ??= { of: basisIn(readYaml(extractFrontmatter(reading.text) ?? '').data) };
  return reading.basis.of;
}
