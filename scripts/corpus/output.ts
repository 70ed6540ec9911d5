/**
 * Writing a generated tree to disk, with the guards the CLI promises: never into
 * the project's own content folder (nor a folder inside it, nor one that holds
 * it), and into a non-empty folder only when forced. A forced run first removes
 * what an earlier run wrote (the content-kind folders and the README), so no
 * stale file survives; anything else in the folder is left alone.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contentKinds } from '../../src/lib/content-kinds.ts';
import { realish, within } from '../paths.ts';
import type { GeneratedFile } from './files.ts';

/** The project's own content folder. */
export const PROJECT_CONTENT = resolve(import.meta.dirname, '..', '..', 'content');

/** Why the tree may not be written to `out`, or undefined when it may. */
export function refusal(out: string, force: boolean, projectContent = PROJECT_CONTENT): string | undefined {
  const target = realish(out);
  const content = realish(projectContent);
  if (within(target, content)) return `${out} is the project's own content folder (or inside it); choose another folder, such as /tmp/spm-corpus`;
  if (within(content, target)) return `${out} holds the project's content folder; choose a folder of its own, such as /tmp/spm-corpus`;
  if (existsSync(target) && readdirSync(target).length > 0 && !force) return `${out} is not empty; choose an empty or new folder, or add --force to replace an earlier corpus there`;
  return undefined;
}

/** Writes the files under `out` (after `refusal` said yes). */
export function writeCorpus(out: string, files: readonly GeneratedFile[], force: boolean): void {
  const problem = refusal(out, force);
  if (problem) throw new Error(problem);
  if (force) {
    for (const { folder } of Object.values(contentKinds)) rmSync(join(out, folder), { recursive: true, force: true });
    rmSync(join(out, 'README.md'), { force: true });
  }
  const folders = new Set(files.map((f) => dirname(join(out, f.path))));
  for (const folder of [...folders].sort()) mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(join(out, file.path), file.text);
}
