/**
 * Pages of a built site by kind, and what one page costs a reader: its HTML and the
 * stylesheets and scripts it loads, each gzipped (zlib's default level 6, as a
 * server compressing on the fly would). A file a page links twice counts once.
 * The baselines put their policy texts at the project's URLs (/policies/<id>/,
 * /policies/<id>/versions/<v>/, the same under /fr/), so one classifier serves all.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export const pageKinds = {
  home: 'Home',
  policies: 'Policy list',
  policy: 'Policy page',
  version: 'Policy version page',
  compare: 'Version comparison',
  roles: 'Role list',
  role: 'Role page',
  history: 'History',
  session: 'Session page',
  'history-facet': 'Decision list (facet)',
  transition: 'Transition overview',
  'transition-row': 'Transition row',
  'transition-matrix': 'Transition matrix',
  'transition-references': 'Transition references',
  'transition-story': 'Transition story',
  glossary: 'Glossary',
  manual: 'Manual',
  search: 'Search',
  translations: 'Translations dashboard',
  'side-by-side': 'Side-by-side view',
  'not-found': '404',
  other: 'Other',
} as const;
export type PageKind = keyof typeof pageKinds;
export type Lang = 'en' | 'fr';

const FACETS = new Set(['topics', 'verbs', 'addressees', 'years']);
const TRANSITION_PAGES = new Set(['matrix', 'references', 'story']);

/** The language and kind of an HTML file, from its path in the output folder ("fr/policies/x/index.html"). */
export function classifyPage(file: string): { lang: Lang; kind: PageKind; route: string } {
  let path = file.split('\\').join('/').replace(/^\/+/, '');
  let lang: Lang = 'en';
  if (path === 'fr' || path.startsWith('fr/')) {
    lang = 'fr';
    path = path.slice(3);
  }
  if (/(^|\/)404(\.html|\/index\.html)$/.test(path) || path === '404.html') return { lang, kind: 'not-found', route: `/${file}` };
  const route = `/${path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
  const s = route.split('/').filter(Boolean);
  const kind = ((): PageKind => {
    if (s.length === 0) return 'home';
    const [a, b, c, d] = s;
    switch (a) {
      case 'policies':
        if (s.length === 1) return 'policies';
        if (s.length === 2) return 'policy';
        if (c === 'versions' && s.length === 4) return 'version';
        if (c === 'compare' && s.length === 5) return 'compare';
        return 'other';
      case 'roles':
        return s.length === 1 ? 'roles' : s.length === 2 ? 'role' : 'other';
      case 'history':
        if (s.length === 1) return 'history';
        if (s.length === 2 && !FACETS.has(b!)) return 'session';
        if ((s.length === 3 || (s.length === 4 && /^\d+$/.test(d!))) && FACETS.has(b!)) return 'history-facet';
        return 'other';
      case 'transition':
        if (s.length === 1) return 'transition';
        if (s.length === 2 && b === 'references') return 'transition-references';
        if (s.length === 2 && b === 'story') return 'transition-story';
        if (s.length === 2 && !TRANSITION_PAGES.has(b!)) return 'transition-row';
        if (s.length === 3 && b === 'matrix') return 'transition-matrix';
        return 'other';
      case 'translations':
        if (s.length === 1) return 'translations';
        if (s.length === 4 && d !== undefined) return 'side-by-side';
        return 'other';
      case 'glossary':
      case 'manual':
      case 'search':
        return s.length === 1 ? a : 'other';
      default:
        return 'other';
    }
  })();
  return { lang, kind, route: lang === 'fr' ? `/fr${route}` : route };
}

export interface PageAssets {
  stylesheets: string[];
  /** <script src> and <link rel="modulepreload">: JavaScript the page loads before any interaction. */
  scripts: string[];
  /** Inline scripts that run (not JSON data nor templates). */
  inlineScripts: number;
  inlineScriptBytes: number;
}

const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The stylesheets and scripts an HTML page loads, in document order, each once. */
export function pageAssets(html: string): PageAssets {
  const root = parse(html, { comment: false });
  const stylesheets = new Set<string>();
  const scripts = new Set<string>();
  let inlineScripts = 0;
  let inlineScriptBytes = 0;
  for (const link of root.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) stylesheets.add(href);
    else if (rel.includes('modulepreload')) scripts.add(href);
  }
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (src) scripts.add(src);
    else if (RUNNABLE.has(type) && script.rawText.trim() !== '') {
      inlineScripts++;
      inlineScriptBytes += Buffer.byteLength(script.rawText);
    }
  }
  return { stylesheets: [...stylesheets], scripts: [...scripts], inlineScripts, inlineScriptBytes };
}

/** The file in the output folder an href of the page at `page` names; undefined for another host. */
export function resolveHref(page: string, href: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const path = decodeURI(href.replace(/[?#].*$/, ''));
  const joined = path.startsWith('/') ? posix.normalize(path.slice(1)) : posix.join(posix.dirname(page), path);
  return joined.endsWith('/') ? `${joined}index.html` : joined;
}

/**
 * The modules a bundled script imports statically (`import … from "./x.js"`,
 * `import "./x.js"`, `export … from "./x.js"`): the browser fetches them with it.
 * Dynamic `import("./x.js")` is left out, as it loads later, if ever. Bare
 * specifiers (a package name) cannot be fetched and are left out too.
 */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const match of js.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*["'`]([^"'`]+)["'`]/g)) {
    const spec = match[1] ?? match[2]!;
    if (/^(\.{1,2}\/|\/)/.test(spec)) found.add(spec);
  }
  return [...found];
}

export const gzipSize = (data: string | Buffer): number => gzipSync(data).length;

export interface PageWeight {
  page: string;
  route: string;
  html: number;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  cssFiles: number;
  jsFiles: number;
  inlineScripts: number;
  inlineScriptBytes: number;
  /** Hrefs that name no file in the output. */
  missing: string[];
}

/**
 * What a page transfers, gzipped: its HTML, the CSS it links (print style sheets
 * too: browsers fetch them), the JavaScript it loads with the modules those import
 * statically. `cache` keeps each file's gzipped size, `imported` each script's imports.
 */
export function pageWeight(outDir: string, page: string, cache = new Map<string, number>(), imported = new Map<string, string[]>()): PageWeight {
  const html = readFileSync(posix.join(outDir, page));
  const assets = pageAssets(html.toString('utf8'));
  const missing: string[] = [];
  /** Gzipped bytes and count of the files the hrefs name, each once; for scripts, with the modules they import. */
  const total = (hrefs: string[], followImports: boolean) => {
    let sum = 0;
    let files = 0;
    const queue = hrefs.map((h) => resolveHref(page, h)).filter((f): f is string => f !== undefined);
    const seen = new Set<string>();
    while (queue.length) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      let size = cache.get(file);
      let imports = followImports ? imported.get(file) : [];
      if (size === undefined || imports === undefined) {
        let data: Buffer;
        try {
          data = readFileSync(posix.join(outDir, file));
        } catch {
          missing.push(file);
          continue;
        }
        size = gzipSize(data);
        cache.set(file, size);
        if (followImports) {
          imports = staticImports(data.toString('utf8')).map((spec) => resolveHref(file, spec)).filter((f): f is string => f !== undefined);
          imported.set(file, imports);
        }
      }
      queue.push(...(imports ?? []));
      sum += size;
      files++;
    }
    return { sum, files };
  };
  const css = total(assets.stylesheets, false);
  const js = total(assets.scripts, true);
  return {
    page,
    route: classifyPage(page).route,
    html: html.length,
    htmlGz: gzipSize(html),
    cssGz: css.sum,
    jsGz: js.sum,
    cssFiles: css.files,
    jsFiles: js.files,
    inlineScripts: assets.inlineScripts,
    inlineScriptBytes: assets.inlineScriptBytes,
    missing,
  };
}

/** The page of the median size among `pages` (the lower middle for an even count): a representative one. */
export function medianPage<T extends { bytes: number; file: string }>(pages: readonly T[]): T | undefined {
  const sorted = [...pages].sort((a, b) => a.bytes - b.bytes || (a.file < b.file ? -1 : 1));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
