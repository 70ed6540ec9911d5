/** Runs a production build of another content tree into its own folder, as `npm run build` would. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export function buildSite(contentDir: string, outDir = join(dirname(contentDir), 'dist')): BuildResult {
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    env: { ...process.env, SPM_CONTENT_DIR: contentDir, SPM_CACHE_DIR: join(dirname(contentDir), 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}
