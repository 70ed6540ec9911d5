/** Search in a real browser: the header form opens the search page, Pagefind answers in the page's language. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const session = useBrowser();

async function searchFrom(path: string, label: RegExp, term: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(session.site.origin + path);
  await page.getByLabel(label).fill(term);
  await page.getByLabel(label).press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  return page;
}

const resultLinks = (page: Page) => page.locator('pagefind-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));

describe('search', () => {
  it('finds the role and the Framework for "Designated Official" from an English page and opens a paragraph', async () => {
    const page = await searchFrom('/policies/', /Search the Manual/, 'Designated Official');
    await page.locator('pagefind-results a.pf-result-link').first().waitFor();
    const top = await page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(top).toContain('/roles/designated-official/');
    const framework = page.locator('pagefind-results .pf-result', { has: page.locator('a.pf-result-link[href="/policies/framework-for-accountability/"]') });
    expect(await framework.locator('.result-status').innerText()).toBe('In force');
    const paragraph = framework.locator('a.pf-heading-link', { hasText: /^Paragraph \d+$/ }).first();
    const href = (await paragraph.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/policies\/framework-for-accountability\/#p\d+$/);
    await paragraph.click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator(href.slice(href.indexOf('#'))).evaluate((el) => el.matches(':target'))).toBe(true);
    await page.close();
  });

  it('loads Pagefind only once the reader opens search', async () => {
    const page = await session.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${session.site.origin}/policies/framework-for-accountability/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await page.getByLabel(/Search the Manual/).fill('Wardens');
    await page.getByLabel(/Search the Manual/).press('Enter');
    await page.locator('pagefind-results a.pf-result-link').first().waitFor();
    expect(scripts).toContain('/pagefind/pagefind-component-ui.js');
    await page.close();
  });

  it('searches French pages from a French page, with French interface text', async () => {
    const page = await searchFrom('/fr/', /Rechercher dans le Manuel/, 'politiques');
    await page.locator('pagefind-results a.pf-result-link').first().waitFor();
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('/fr/'))).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.locator('pagefind-results a.pf-result-link').first().click();
    expect(new URL(page.url()).pathname).toBe('/fr/');
    await page.close();
  });

  it('finds French text by a French inflected form, with Pagefind speaking French', async () => {
    const page = await searchFrom('/fr/roles/', /Rechercher dans le Manuel/, 'responsables désignés');
    await page.locator('pagefind-results a.pf-result-link').first().waitFor();
    const links = await page.locator('pagefind-results a.pf-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/fr/roles/designated-official/');
    expect(await page.locator('pagefind-summary').innerText()).toMatch(/résultats? pour/);
    const result = page.locator('pagefind-results .pf-result', { has: page.locator('a.pf-result-link[href="/fr/roles/designated-official/"]') });
    expect(await result.locator('.pf-result-excerpt').innerText()).toMatch(/responsable/i);
    await page.close();
  });

  it('returns no English page from the French index', async () => {
    const page = await searchFrom('/fr/', /Rechercher dans le Manuel/, 'Designated Official');
    await page.locator('pagefind-summary').filter({ hasText: /\S/ }).waitFor();
    expect((await resultLinks(page)).filter((href) => !href.startsWith('/fr/'))).toEqual([]);
    await page.close();
  });
});
