/** Every built page: language, landmarks, navigation, and the budgets that hold for all of them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { DIST, fileOf, page, pagePaths, SITE, text } from '../helpers/dist.ts';

const paths = pagePaths();
const isSearch = (path: string) => /^\/(fr\/)?search\/$/.test(path);
const langOf = (path: string) => (path.startsWith('/fr/') ? 'fr' : 'en');

describe('every page', () => {
  it('exists for each page kind in both languages', () => {
    for (const path of ['/', '/manual/', '/policies/', '/policies/framework-for-accountability/', '/glossary/', '/search/'])
      expect(paths).toEqual(expect.arrayContaining([path, `/fr${path}`]));
    expect(paths).toContain('/404.html');
  });

  it.each(paths)('%s has its language, one h1, a skip link to main, header and footer', (path) => {
    const doc = page(path);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(langOf(path));
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const first = doc.querySelector('body')?.querySelector('a');
    expect(first?.getAttribute('href')).toBe('#main');
    expect(first?.classList.contains('skip-link')).toBe(true);
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('header.site-header')).not.toBeNull();
    expect(doc.querySelector('footer.site-footer')).not.toBeNull();
    expect(text(doc.querySelector('title'))).not.toBe('');
    // Search engines show it under the title: every page has one, in its language.
    const strings = langOf(path) === 'fr' ? fr : en;
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(path === '/' || path === '/fr/' ? strings['home.lead'] : strings['site.tagline']);
  });

  it.each(paths.filter((p) => p !== '/404.html'))('%s switches language to the same page, which exists', (path) => {
    const other = langOf(path) === 'en' ? 'fr' : 'en';
    const link = page(path).querySelector('a.language-switch');
    const expected = other === 'fr' ? `/fr${path}` : path.replace(/^\/fr/, '');
    expect(link?.getAttribute('href')).toBe(expected);
    expect(link?.getAttribute('hreflang')).toBe(other);
    expect(paths).toContain(expected);
  });

  it.each(paths.filter((p) => p !== '/' && p !== '/fr/' && p !== '/404.html'))('%s has a breadcrumb ending at itself', (path) => {
    const crumbs = page(path).querySelectorAll('nav.breadcrumbs a');
    expect(crumbs.length).toBeGreaterThanOrEqual(2);
    expect(crumbs.at(-1)?.getAttribute('aria-current')).toBe('page');
    expect(crumbs.at(-1)?.getAttribute('href')).toBe(path);
  });

  it.each(paths.filter((p) => p.startsWith('/fr/')))('%s shows French UI text, not English', (path) => {
    const body = text(page(path).querySelector('body'));
    for (const key of ['skip.main', 'site.tagline', 'footer.about'] as const) {
      expect(body).toContain(fr[key]);
      expect(body).not.toContain(en[key]);
    }
  });

  it.each(paths.filter((p) => !isSearch(p)))('%s loads no JavaScript file; inline scripts only for "copy citation" and sorting the matrix', (path) => {
    const doc = page(path);
    const code = doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/json');
    expect(code.map((s) => s.getAttribute('src'))).toEqual(code.map(() => undefined));
    const expected = [doc.querySelector('.para-cite') && 'clipboard', doc.querySelector('table[data-sortable]') && 'aria-sort'].filter(Boolean);
    expect(code).toHaveLength(expected.length);
    for (const marker of expected) expect(code.some((s) => s.textContent.includes(marker!)), `${path}: ${marker}`).toBe(true);
  });

  it.each(paths)('%s loads nothing from another origin', (path) => {
    const doc = page(path);
    const loaded = [
      ...doc.querySelectorAll('[src]').map((e) => e.getAttribute('src')),
      ...doc.querySelectorAll('link[href]').map((e) => e.getAttribute('href')),
      ...doc.querySelectorAll('[srcset], [poster], object[data], form[action]').map((e) => e.getAttribute('srcset') ?? e.getAttribute('poster') ?? e.getAttribute('data') ?? e.getAttribute('action')),
      ...doc.querySelectorAll('style').flatMap((e) => [...e.textContent.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1])),
      ...doc.querySelectorAll('[style]').flatMap((e) => [...(e.getAttribute('style') ?? '').matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1])),
    ];
    const foreign = loaded.filter((url) => url && new URL(url, SITE).origin !== new URL(SITE).origin);
    expect(foreign).toEqual([]);
  });

  it.each(paths)('%s links elsewhere only to cited sources and the public copies they list', (path) => {
    const foreign = page(path)
      .querySelectorAll('a[href]')
      .filter((a) => new URL(a.getAttribute('href')!, SITE).origin !== new URL(SITE).origin)
      .filter((a) => !a.closest('.sources, .copies, .policy-list-copies'));
    expect(foreign.map((a) => a.getAttribute('href'))).toEqual([]);
  });

  it.each(paths)('%s stays within 15 KB of CSS, gzipped', (path) => {
    const doc = page(path);
    const css = [
      ...doc.querySelectorAll('link[rel="stylesheet"]').map((l) => readFileSync(join(DIST, l.getAttribute('href')!), 'utf8')),
      ...doc.querySelectorAll('style').map((s) => s.textContent),
    ].join('\n');
    expect(gzipSync(css).length).toBeLessThanOrEqual(15 * 1024);
  });

  it('keeps the search page the only one with a script file: its own, which loads Pagefind’s engine once a query needs it', () => {
    for (const path of paths.filter(isSearch)) {
      const sources = page(path).querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '');
      expect(sources).toHaveLength(1);
      expect(sources[0]).toMatch(/^\/_astro\/.+\.js$/);
      expect(readFileSync(`${DIST}${sources[0]}`, 'utf8')).toContain('/pagefind/pagefind.js');
    }
    expect(readFileSync(fileOf('/search/'), 'utf8')).toContain('<template id="search-result">');
  });
});
