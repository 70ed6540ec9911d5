/**
 * The source documents (../shared/seeds), read for transcription-fidelity
 * tests. In CI they must be there; elsewhere a missing folder is reported
 * loudly and the fidelity tests do not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

export const SEEDS_DIR = resolve(process.env.SPM_SEEDS_DIR ?? '../shared/seeds');

/** The seed file of each source document (content/documents/). */
export const SEED_OF_DOCUMENT: Record<string, string> = {
  'ceb-2008-hlcm-3': '000_ff620048bde766f8.txt',
  'iasmn-23-final-report': '001_36226f1d5af4eb56.txt',
  'ceb-2008-hlcm-5': '002_f95ce63a6ba3f80d.txt',
  'ceb-2010-hlcm-20': '003_acca01cf0a0c939e.txt',
  'ceb-2009-hlcm-23-rev-1': '004_e249e4a6e78e7a8b.txt',
};

export function readSeed(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** PDF-conversion debris out, white space folded; words, numbers and quotes stay as printed. */
export function normalise(text: string): string {
  return text
    .replace(/<sup>\s*\d+\s*<\/sup>/g, '')
    .replace(/<\/?(?:b|u|i|em|strong)>/g, '')
    .replace(/\*+/g, '')
    .replace(/^[ \t]*(?:#+|-)[ \t]+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `normalise`, and quotes, list dashes and footnote markers ("Umoja4,") compared without the conversion's differences. */
export function plain(text: string): string {
  return normalise(text)
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/ - /g, ' ')
    .replace(/(?<=[a-z])\d(?=[,.;:]? )/g, '');
}

/** The text of a report's numbered paragraph `n`: from the line that opens it to the line that opens the next. */
export function paragraphOf(seed: string, n: string): string {
  const opens = (number: number) => new RegExp(`^\\s*(?:-\\s*)?(?:\\*\\*)?${number}\\.\\s`);
  const lines = seed.split('\n');
  const start = lines.findIndex((line) => opens(Number(n)).test(line));
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && opens(Number(n) + 1).test(line));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Runs `body` when the seeds are present; fails under CI=true when they are not. */
export function describeWithSeeds(name: string, body: () => void): void {
  if (existsSync(SEEDS_DIR)) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('has the source documents', () => {
        throw new Error(`The seed folder ${SEEDS_DIR} is missing: fidelity tests cannot run in CI without it.`);
      });
    });
    return;
  }
  console.warn(`\n!!! FIDELITY TESTS DID NOT RUN: ${SEEDS_DIR} not found (set SPM_SEEDS_DIR). !!!\n`);
  describe.skip(name, body);
}
