/**
 * The two sites the benchmark compares SPM with, built from the same generated
 * policy texts (every version, English and French):
 *
 * - Astro Starlight, with English at the root and French under /fr/ and a sidebar
 *   generated from the folders: what a documentation theme costs.
 * - A bare Astro + MDX site, one page per text in a minimal layout, indexed by the
 *   Pagefind CLI afterwards: the floor any Astro site of these texts pays.
 *
 * Both put a text at the project's URLs (/policies/<id>/ for the current version,
 * /policies/<id>/versions/<v>/ for an older one), so the same links work and one
 * classifier reads all three outputs. The project's frontmatter is reduced to the
 * title (and the language for the bare site), and MDX components that only the
 * project has (<Matrix id="…" />) are dropped. Everything here is pure: the
 * benchmark writes the files and installs the packages.
 */
import { parse as parseYaml } from 'yaml';

export interface SourceFile {
  path: string;
  text: string;
}

export interface PolicyText {
  policy: string;
  version: string;
  lang: 'en' | 'fr';
  title: string;
  /** Whether this is the policy's current version (no `supersededBy` on its English text). */
  current: boolean;
  body: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** The policy texts of a generated tree (policies/<id>/<version>.<lang>.mdx). */
export function policyTexts(files: readonly SourceFile[]): PolicyText[] {
  const parsed = files.flatMap((file) => {
    const match = /^policies\/([^/]+)\/([^/]+)\.(en|fr)\.mdx$/.exec(file.path);
    const front = FRONTMATTER.exec(file.text);
    if (!match || !front) return [];
    const data = parseYaml(front[1]!) as Record<string, unknown>;
    return [{ policy: match[1]!, version: match[2]!, lang: match[3] as 'en' | 'fr', title: String(data.title ?? match[1]), superseded: data.supersededBy !== undefined, body: file.text.slice(front[0].length) }];
  });
  const superseded = new Set(parsed.filter((t) => t.lang === 'en' && t.superseded).map((t) => `${t.policy}/${t.version}`));
  return parsed.map(({ superseded: _, ...t }) => ({ ...t, current: !superseded.has(`${t.policy}/${t.version}`) }));
}

/** The body without MDX that needs the project's components: import/export lines and JSX elements named in capitals. */
export function stripComponents(body: string): { body: string; removed: string[] } {
  const removed: string[] = [];
  const kept = body
    .replace(/^(import|export)\s.*$\n?/gm, (line) => (removed.push(line.trim()), ''))
    .replace(/<([A-Z][\w.]*)\b[^>]*?\/>|<([A-Z][\w.]*)\b[^>]*>[\s\S]*?<\/\2>/g, (element) => (removed.push(element), ''))
    .replace(/\n{3,}/g, '\n\n');
  return { body: kept, removed };
}

/** Where a text goes under the content folder: policies/<id>.mdx or policies/<id>/versions/<v>.mdx, under fr/ for French. */
export function textPath(text: PolicyText): string {
  const path = text.current ? `policies/${text.policy}.mdx` : `policies/${text.policy}/versions/${text.version}.mdx`;
  return text.lang === 'fr' ? `fr/${path}` : path;
}

const yamlString = (value: string) => JSON.stringify(value);

/** A text as a Starlight doc: title only. */
export function starlightDoc(text: PolicyText): string {
  return `---\ntitle: ${yamlString(text.title)}\n---\n\n${stripComponents(text.body).body}`;
}

/** A text as a page of the bare site: title and language. */
export function bareDoc(text: PolicyText): string {
  return `---\ntitle: ${yamlString(text.title)}\nlang: ${text.lang}\n---\n\n${stripComponents(text.body).body}`;
}

/** Components dropped from the texts, by name, with a count (for the report). */
export function droppedComponents(texts: readonly PolicyText[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const element of stripComponents(text.body).removed) {
      const name = /^<([\w.]+)/.exec(element)?.[1] ?? element.split(/\s/)[0]!;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  return counts;
}

export interface Versions {
  astro: string;
  starlight: string;
  mdx: string;
  pagefind: string;
}

/** npm may run the install scripts of these (esbuild checks its binary, sharp fetches its library). */
const allowScripts = { esbuild: true, sharp: true };

// ---------------------------------------------------------------- Starlight

export function starlightPackage(v: Versions): string {
  return `${JSON.stringify({ name: 'spm-bench-starlight', private: true, type: 'module', dependencies: { astro: v.astro, '@astrojs/starlight': v.starlight }, allowScripts }, null, 2)}\n`;
}

export const STARLIGHT_CONFIG = `// Written by scripts/bench.ts: the generated policy texts as a Starlight site.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  cacheDir: './.bench-cache',
  integrations: [
    starlight({
      title: 'SPM (Starlight baseline)',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français', lang: 'fr' } },
      sidebar: [{ label: 'Policies', translations: { fr: 'Politiques' }, items: [{ autogenerate: { directory: 'policies' } }] }],
    }),
  ],
});
`;

export const STARLIGHT_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The site's files (paths relative to the site folder) apart from package.json. */
export function starlightFiles(texts: readonly PolicyText[]): SourceFile[] {
  return [
    { path: 'astro.config.mjs', text: STARLIGHT_CONFIG },
    { path: 'src/content.config.ts', text: STARLIGHT_CONTENT_CONFIG },
    { path: 'src/content/docs/index.mdx', text: '---\ntitle: Security Policy Manual\n---\n\nThe policies are listed in the sidebar.\n' },
    { path: 'src/content/docs/fr/index.mdx', text: '---\ntitle: Manuel des politiques de sécurité\n---\n\nLes politiques sont listées dans la barre latérale.\n' },
    ...texts.map((t) => ({ path: `src/content/docs/${textPath(t)}`, text: starlightDoc(t) })),
  ];
}

// ---------------------------------------------------------------- bare Astro + MDX + Pagefind

export function barePackage(v: Versions): string {
  return `${JSON.stringify({ name: 'spm-bench-bare', private: true, type: 'module', dependencies: { astro: v.astro, '@astrojs/mdx': v.mdx, pagefind: v.pagefind }, allowScripts }, null, 2)}\n`;
}

export const BARE_CONFIG = `// Written by scripts/bench.ts: the floor, the generated policy texts with Astro and MDX only.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'http://127.0.0.1:4321', cacheDir: './.bench-cache', integrations: [mdx()] });
`;

export const BARE_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  texts: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/texts' }), schema: z.object({ title: z.string(), lang: z.enum(['en', 'fr']) }) }),
};
`;

export const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const texts = await getCollection('texts');
  return texts.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang={entry.data.lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`;

export function bareFiles(texts: readonly PolicyText[]): SourceFile[] {
  return [
    { path: 'astro.config.mjs', text: BARE_CONFIG },
    { path: 'src/content.config.ts', text: BARE_CONTENT_CONFIG },
    { path: 'src/pages/[...slug].astro', text: BARE_PAGE },
    ...texts.map((t) => ({ path: `src/texts/${textPath(t)}`, text: bareDoc(t) })),
  ];
}
