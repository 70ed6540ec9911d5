/**
 * Policy texts as pages read them: frontmatter, body and numbered paragraphs, from
 * their files. Astro's data store keeps none of these (content.config.ts): the dev
 * server rewrites and reloads the whole store on every change to it, seconds at a
 * thousand policies, whereas an edited file costs here one new reading of that file.
 *
 * The build's pre-flight check has just read every file; it hands over its readings
 * (integrations/content-check.ts), so that a body is parsed once per build, not twice.
 * Astro loads integrations and renders pages from separately bundled copies of this
 * module, so the readings sit on one global symbol. A reading is used only while the
 * file still holds the text it was made from.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { policySchema, type PolicyFrontmatter } from '../schemas/policy.ts';
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
  /** The frontmatter's YAML data, unvalidated. */
  yaml?: unknown;
  frontmatter?: PolicyFrontmatter;
  body?: string;
  paragraphs?: readonly Paragraph[];
}

const READINGS = Symbol.for('spm-online.text-readings');
const shelf = globalThis as { [READINGS]?: Map<string, Reading> };
const readings = (): Map<string, Reading> => (shelf[READINGS] ??= new Map());

/** Keeps the check's readings of MDX files for the pages, by file path (replacing any earlier ones). */
export function shareReadings(files: Iterable<{ path: string; text: string; yaml: unknown; paragraphs: readonly Paragraph[] }>): void {
  shelf[READINGS] = new Map([...files].map(({ path, text, yaml, paragraphs }) => [resolve(path), { text, yaml, paragraphs }]));
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

/**
 * The frontmatter of the policy text at `file`, as the schema gives it. The build's
 * pre-flight check has passed every file; in the dev server an edit can break one,
 * and its page then fails with the check's advice.
 */
export function frontmatterOf(file: string): PolicyFrontmatter {
  const reading = readingOf(file);
  if (reading.frontmatter) return reading.frontmatter;
  // Read as Astro's loader reads it (js-yaml), which is faster than the check's line-tracking reader.
  const result = policySchema.safeParse(reading.yaml ?? parseFrontmatter(reading.text, { frontmatter: 'preserve' }).frontmatter);
  if (!result.success) throw new Error(`${file}: the frontmatter is not valid (${result.error.issues[0]?.message}); run \`npm run check\` to see what is wrong and where`);
  return (reading.frontmatter = result.data);
}

/** The basis of the translation in the MDX file at `file`; undefined where it records none. */
export function basisOf(file: string): Basis | undefined {
  const frontmatter = frontmatterOf(file);
  return frontmatter.lang === 'fr' ? frontmatter.translation.basis : undefined;
}
