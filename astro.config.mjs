// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { schemaCache } from './src/integrations/schema-cache.ts';
import { rehypeFootnoteLabels } from './src/lib/rehype-footnote-labels.ts';
import { remarkAbbreviations } from './src/lib/remark-abbreviations.ts';
import { remarkNumberedParagraphs } from './src/lib/remark-numbered-paragraphs.ts';

export default defineConfig({
  // Where the site is published; citations and the sitemap use it. Set SPM_SITE for a deployment.
  site: process.env.SPM_SITE ?? 'http://127.0.0.1:4321',
  trailingSlash: 'ignore',
  // Test builds of other content trees get their own cache, so they never share the data store.
  ...(process.env.SPM_CACHE_DIR ? { cacheDir: process.env.SPM_CACHE_DIR } : {}),
  // Keep white space between inline elements as written (Astro 7 defaults to 'jsx').
  compressHTML: true,
  server: { host: '127.0.0.1', port: 4321 },
  // The dev server need not watch the builds that tests make of other content trees
  // (tests/helpers/build.ts): thousands of files, written while a dev server may be running.
  vite: { server: { watch: { ignored: ['**/.astro/builds/**'] } } },
  markdown: {
    // The texts hold no code, so no highlighter (and no styles of one).
    syntaxHighlight: false,
    // unified (remark) so that rendering and `npm run check` parse Markdown the same way;
    // smartypants off so quotes stay as printed in the source documents. Acronyms get
    // <abbr> on first use from the glossary; footnote labels in the text's language.
    processor: unified({ gfm: true, smartypants: false, remarkPlugins: [remarkAbbreviations, remarkNumberedParagraphs], rehypePlugins: [rehypeFootnoteLabels] }),
  },
  integrations: [
    schemaCache(),
    contentCheck(),
    // Static parts of a text compile to HTML strings rather than JSX calls: a thousand
    // policies bundle and render about 15 s faster (docs/performance.md).
    mdx({ optimize: true }),
    sitemap(),
    pagefindIndex(),
  ],
});
