/** Runs a production build of another content tree into its own folder, as `npm run build` would. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * The output goes under .astro/builds/ in the project (one folder per content tree):
 * Astro puts a build's intermediate files beside its output only when the output is
 * inside the working directory, and otherwise in one shared .astro/.prerender/, where
 * two builds running at once (test files run in parallel) would overwrite each other.
 */
const BUILDS = join(process.cwd(), '.astro', 'builds');
const built: string[] = [];
// A test file's builds go once its tests have read them: left behind, they pile up
// (gigabytes over a few runs) and the dev server's file watcher runs out of watches.
afterAll(() => {
  for (const dir of built.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function buildSite(contentDir: string, outDir = join(BUILDS, basename(dirname(contentDir)), 'dist')): BuildResult {
  if (outDir.startsWith(BUILDS)) built.push(dirname(outDir));
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    env: { ...process.env, SPM_CONTENT_DIR: contentDir, SPM_CACHE_DIR: join(dirname(contentDir), 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}
