/**
 * Astro keeps parsed content between runs and clears it only when
 * content.config.ts itself changes. Our schemas live in their own modules, so
 * this clears Astro's content cache whenever one of them changes; otherwise
 * entries parsed by an older schema (missing a new default, say) would be reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SCHEMA_FILES = 'src/{schemas/*.ts,lib/content-kinds.ts}';

export function schemaCache(): AstroIntegration {
  return {
    name: 'spm:schema-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const digest = createHash('sha256')
          .update(globSync(SCHEMA_FILES, { cwd: root }).sort().map((f) => readFileSync(`${root}/${f}`, 'utf8')).join('\0'))
          .digest('hex');
        const cacheDir = fileURLToPath(config.cacheDir);
        const stamp = `${cacheDir}/spm-schema-digest`;
        if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
        // Build (cacheDir) and dev server (.astro) each keep a store.
        for (const store of [`${cacheDir}/data-store.json`, `${root}/.astro/data-store.json`]) rmSync(store, { force: true });
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(stamp, digest);
        logger.info('content schemas changed: cleared the content cache');
      },
    },
  };
}
