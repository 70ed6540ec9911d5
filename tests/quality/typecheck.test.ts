/** TypeScript strict across .ts and .astro files: `astro check` must report nothing. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';

it('passes astro check with no error, warning or hint', () => {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'check'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 240_000 });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
  expect(run.status, output).toBe(0);
}, 240_000);
