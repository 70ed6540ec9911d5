/**
 * The source documents (../shared/seeds), read for transcription-fidelity
 * tests. In CI they must be there; elsewhere a missing folder is reported
 * loudly and the fidelity tests do not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

export const SEEDS_DIR = resolve(process.env.SPM_SEEDS_DIR ?? '../shared/seeds');

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
