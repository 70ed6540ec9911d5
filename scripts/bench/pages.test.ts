import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyPage, medianPage, pageAssets, pageWeight, resolveHref, staticImports } from './pages.ts';

describe('classifyPage', () => {
  const cases: [string, string, string][] = [
    ['index.html', 'en', 'home'],
    ['fr/index.html', 'fr', 'home'],
    ['404.html', 'en', 'not-found'],
    ['policies/index.html', 'en', 'policies'],
    ['policies/air-travel-policy/index.html', 'en', 'policy'],
    ['fr/policies/air-travel-policy/index.html', 'fr', 'policy'],
    ['policies/air-travel-policy/versions/2019/index.html', 'en', 'version'],
    ['policies/air-travel-policy/compare/2011/2019/index.html', 'en', 'compare'],
    ['roles/index.html', 'en', 'roles'],
    ['fr/roles/designated-official/index.html', 'fr', 'role'],
    ['history/index.html', 'en', 'history'],
    ['history/2009-08-geneva/index.html', 'en', 'session'],
    ['history/years/2010/index.html', 'en', 'history-facet'],
    ['fr/history/topics/travel/index.html', 'fr', 'history-facet'],
    ['history/verbs/recommend/2/index.html', 'en', 'history-facet'],
    ['transition/index.html', 'en', 'transition'],
    ['transition/fsh-v-e/index.html', 'en', 'transition-row'],
    ['transition/matrix/retained/index.html', 'en', 'transition-matrix'],
    ['transition/references/index.html', 'en', 'transition-references'],
    ['transition/story/index.html', 'en', 'transition-story'],
    ['glossary/index.html', 'en', 'glossary'],
    ['fr/manual/index.html', 'fr', 'manual'],
    ['search/index.html', 'en', 'search'],
    ['translations/index.html', 'en', 'translations'],
    ['fr/translations/policies/air-travel-policy/2019/index.html', 'fr', 'side-by-side'],
    ['translations/roles/warden/2019/index.html', 'en', 'side-by-side'],
    ['somewhere/else/deep/page/index.html', 'en', 'other'],
    ['french-policy/index.html', 'en', 'other'],
  ];
  it.each(cases)('%s is a %s %s page', (file, lang, kind) => {
    expect(classifyPage(file)).toMatchObject({ lang, kind });
  });
  it('gives the route a reader sees', () => {
    expect(classifyPage('fr/policies/x/index.html').route).toBe('/fr/policies/x/');
    expect(classifyPage('index.html').route).toBe('/');
  });
});

describe('pageAssets', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/a.css"><link rel="preload stylesheet" href="/_astro/a.css">
    <link rel="stylesheet" href="/_astro/print.css" media="print">
    <link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/_astro/dep.js">
    <script type="module" src="/_astro/page.js"></script>
    <script type="application/ld+json">{"a":1}</script>
    <script type="text/pagefind-template"><li>{{x}}</li></script>
    <script>document.documentElement.dataset.x = '1';</script>
    <script type="module">import('/x.js')</script>
  </head><body></body></html>`;
  it('lists each stylesheet and script once, and counts inline scripts that run', () => {
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css', '/_astro/print.css'],
      scripts: ['/_astro/dep.js', '/_astro/page.js'],
      inlineScripts: 2,
      inlineScriptBytes: Buffer.byteLength("document.documentElement.dataset.x = '1';") + Buffer.byteLength("import('/x.js')"),
    });
  });
  it('finds nothing in a page without assets', () => {
    expect(pageAssets('<p>Hi</p>')).toEqual({ stylesheets: [], scripts: [], inlineScripts: 0, inlineScriptBytes: 0 });
  });
});

describe('resolveHref', () => {
  it('resolves root-relative and relative hrefs to files of the output', () => {
    expect(resolveHref('fr/policies/x/index.html', '/_astro/a.css?v=1#x')).toBe('_astro/a.css');
    expect(resolveHref('fr/policies/x/index.html', '../../../_astro/a.css')).toBe('_astro/a.css');
    expect(resolveHref('_astro/page.js', './ui.js')).toBe('_astro/ui.js');
    expect(resolveHref('index.html', '/fr/')).toBe('fr/index.html');
  });
  it('leaves other hosts out', () => {
    expect(resolveHref('index.html', 'https://cdn.example/a.css')).toBeUndefined();
    expect(resolveHref('index.html', '//cdn.example/a.css')).toBeUndefined();
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports of files, not dynamic imports nor packages', () => {
    const js = 'import{a as b}from"./ui-core.js";import"./side.js";export{c}from \'../lib.js\';const d=import("./lazy.js");import x from "pkg";';
    expect(staticImports(js)).toEqual(['./ui-core.js', './side.js', '../lib.js']);
  });
});

describe('medianPage', () => {
  it('picks the page of median size (the lower middle for an even count)', () => {
    const pages = [4, 1, 3, 2].map((bytes) => ({ file: `p${bytes}`, bytes }));
    expect(medianPage(pages)?.file).toBe('p2');
    expect(medianPage(pages.slice(0, 3))?.file).toBe('p3');
    expect(medianPage([])).toBeUndefined();
  });
});

describe('pageWeight', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const gz = (text: string) => gzipSync(text).length;
  const css = 'body{color:red}'.repeat(20);
  const page = 'import{x}from"./dep.js";import("./lazy.js");';
  const dep = 'export const x=1;'.repeat(10);
  const html = '<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="../../_astro/a.css"><script type="module" src="/_astro/page.js"></script><script src="/gone.js"></script></head><body>Text</body></html>';
  write('_astro/a.css', css);
  write('_astro/page.js', page);
  write('_astro/dep.js', dep);
  write('_astro/lazy.js', 'never loaded up front');
  write('policies/x/index.html', html);

  it('adds the gzipped HTML, each stylesheet once, and the scripts with their static imports', () => {
    const weight = pageWeight(dir, 'policies/x/index.html');
    expect(weight).toMatchObject({ route: '/policies/x/', html: Buffer.byteLength(html), htmlGz: gz(html), cssGz: gz(css), cssFiles: 1, jsGz: gz(page) + gz(dep), jsFiles: 2, missing: ['gone.js'] });
  });
});
