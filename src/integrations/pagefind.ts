/**
 * Writes the Pagefind index into the built site. Pagefind makes one index per
 * `<html lang>`, so English and French search never mix.
 */
import { globSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Marks the part of a page that search indexes; Pagefind skips pages without it once any page has it. */
const INDEXED = 'data-pagefind-body';

/**
 * Hard links to the pages Pagefind will index, in a folder of the same shape, so
 * that it does not parse the rest (versions, comparisons, side-by-side views and
 * decision lists: most of the site's bytes) only to skip them.
 */
function linkIndexedPages(site: string, into: string): number {
  const pages = globSync('**/*.html', { cwd: site }).filter((page) => readFileSync(join(site, page), 'utf8').includes(INDEXED));
  for (const page of pages) {
    mkdirSync(dirname(join(into, page)), { recursive: true });
    linkSync(join(site, page), join(into, page));
  }
  return pages.length;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'spm:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = join(site, '.pagefind-pages');
        try {
          const count = linkIndexedPages(site, pages);
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: pages });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await pagefind.close();
          logger.info(`search index of ${count} pages written to ${join(site, 'pagefind')}`);
        } finally {
          rmSync(pages, { recursive: true, force: true });
        }
      },
    },
  };
}
