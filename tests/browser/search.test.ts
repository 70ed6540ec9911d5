/** Search in a real browser: the header form opens the search page, which answers in the page's language, in the site's own look. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const session = useBrowser();

/** Searches from a page's header form, on a screen wide enough to show it unfolded. */
async function searchFrom(path: string, label: RegExp, term: string): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(session.site.origin + path);
  await page.getByLabel(label).first().fill(term);
  await page.getByLabel(label).first().press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await page.locator('.search-status').filter({ hasText: /“|«/ }).waitFor();
  return page;
}

const resultLinks = (page: Page) => page.locator('.search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

describe('search', () => {
  it('finds the role first for "Designated Official" from an English page, and opens a paragraph of the Framework', async () => {
    const page = await searchFrom('/policies/', /Search the Manual/, 'Designated Official');
    expect((await resultLinks(page))[0]).toBe('/roles/designated-official/');
    expect(await page.locator('.search-status').innerText()).toMatch(/^\d+ results for “Designated Official”$/);
    const framework = page.locator('.search-result', { has: page.locator('a[href="/policies/framework-for-accountability/"]') });
    if (!(await framework.count())) await page.getByRole('button', { name: 'Show more results' }).click();
    expect(await framework.locator('.result-status').innerText()).toBe('In force');
    const paragraph = framework.locator('.search-result-parts a', { hasText: /^Paragraph \d+$/ }).first();
    const href = (await paragraph.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/policies\/framework-for-accountability\/#p\d+$/);
    await paragraph.click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator(href.slice(href.indexOf('#'))).evaluate((el) => el.matches(':target'))).toBe(true);
    await page.close();
  });

  it('loads no script on content pages, and on the search page only its own script and Pagefind’s engine', async () => {
    const page = await session.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${session.site.origin}/policies/framework-for-accountability/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await page.getByLabel(/Search the Manual/).fill('Wardens');
    await page.getByLabel(/Search the Manual/).press('Enter');
    await page.locator('.search-result').first().waitFor();
    expect(scripts).toContain('/pagefind/pagefind.js');
    expect(scripts.filter((s) => s.includes('pagefind-component-ui') || s.includes('pagefind-worker'))).toEqual([]);
    await page.close();
  });

  it('corrects a misspelt name, says so, and offers the search as typed', async () => {
    const page = await searchFrom('/', /Search the Manual/, 'desginated oficial');
    expect((await resultLinks(page))[0]).toBe('/roles/designated-official/');
    const notice = page.locator('.search-corrected');
    expect(await notice.innerText()).toBe('Showing results for Designated Official. Search instead for desginated oficial.');
    await notice.getByRole('link', { name: 'desginated oficial' }).click();
    await page.locator('.search-status').filter({ hasText: 'desginated oficial' }).waitFor();
    expect(await notice.isVisible()).toBe(false);
    await page.close();
  });

  it('answers a question by its subject words, and a Handbook reference by the part it names', async () => {
    const question = await searchFrom('/', /Search the Manual/, 'who appoints wardens?');
    expect((await resultLinks(question))[0]).toBe('/roles/warden/');
    await question.close();
    const reference = await searchFrom('/', /Search the Manual/, 'FSH chapter V');
    const first = reference.locator('.search-result').first();
    expect(await first.locator('.search-result-kind').innerText()).toBe('Handbook part');
    expect(await first.locator('a').getAttribute('href')).toBe('/transition/fsh-v/');
    // Listed once, as the answer.
    expect((await resultLinks(reference)).filter((href) => href === '/transition/fsh-v/')).toHaveLength(1);
    await reference.close();
  });

  it('filters by kind, with filters beside the results on a wide screen and folded away on a phone', async () => {
    const wide = await searchFrom('/', /Search the Manual/, 'security');
    expect(await wide.locator('details.search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const legends = await wide.locator('.search-filter legend').allInnerTexts();
    expect(legends).toEqual(expect.arrayContaining(['Kind', 'Status']));
    const roles = Number((await wide.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Role/ }).locator('xpath=..').innerText()).match(/\((\d+)\)/)![1]);
    // Filtering redraws the filters, with this box ticked.
    await wide.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Role/ }).click();
    await wide.locator('.search-status').filter({ hasText: new RegExp(`^${roles} results? for`) }).waitFor();
    expect((await resultLinks(wide)).every((href) => href.startsWith('/roles/'))).toBe(true);
    expect(await wide.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Role/ }).isChecked()).toBe(true);
    await wide.close();

    const phone = await session.browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(`${session.site.origin}/search/?q=security`);
    await phone.locator('.search-result').first().waitFor();
    expect(await phone.locator('details.search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // The first result starts in the first screen, below the box and the folded filters.
    const top = await phone.locator('.search-result').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(800);
    // On a phone the filters load when the reader opens them, not before.
    expect(await phone.locator('.search-filter').count()).toBe(0);
    await phone.locator('details.search-filters > summary').click();
    await phone.getByRole('group', { name: 'Kind' }).waitFor();
    await phone.close();
  });

  it('looks like the rest of the site: its font, link colour and underline, and readable sizes', async () => {
    const page = await searchFrom('/', /Search the Manual/, 'security');
    const style = await page.locator('.search-result-title a').first().evaluate((a) => {
      const s = getComputedStyle(a);
      return { font: s.fontFamily, color: s.color, underline: s.textDecorationLine, size: parseFloat(s.fontSize), body: getComputedStyle(document.body).fontFamily };
    });
    expect(style.font).toBe(style.body);
    expect(style.color).toBe('rgb(11, 79, 124)');
    expect(style.underline).toBe('underline');
    expect(style.size).toBeGreaterThanOrEqual(18);
    const smallest = await page.locator('.search-filter label, .search-result-parts li, .search-result-kind').evaluateAll((els) => Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(14);
    await page.close();
  });

  it('labels each result with its kind of page, a meeting’s decisions too', async () => {
    const page = await searchFrom('/', /Search the Manual/, 'IASMN Vienna 2010');
    const vienna = page.locator('.search-result', { has: page.locator('a[href="/history/2010-06-vienna/"]') });
    expect(await vienna.locator('.search-result-kind').innerText()).toBe('Decisions');
    await page.close();
  });

  it('searches French pages from a French page, with every label in French', async () => {
    const page = await searchFrom('/fr/', /Rechercher dans le Manuel/, 'responsables désignés');
    const links = await resultLinks(page);
    expect(links[0]).toBe('/fr/roles/designated-official/');
    expect(links.every((href) => href.startsWith('/fr/'))).toBe(true);
    // An inflected name is not taken for a misspelling.
    expect(await page.locator('.search-status').innerText()).toMatch(/^\d+ résultats pour « responsables désignés »$/);
    expect(await page.locator('.search-corrected').isVisible()).toBe(false);
    expect(await page.locator('.search-result').first().locator('.search-result-excerpt').innerText()).toMatch(/responsable/i);
    await page.close();
    const filtered = await searchFrom('/fr/', /Rechercher dans le Manuel/, 'sécurité');
    expect(await filtered.locator('.search-filter legend').allInnerTexts()).toEqual(expect.arrayContaining(['Type', 'Statut']));
    expect(await filtered.locator('.search-filters summary').innerText()).toBe('Filtrer les résultats');
    expect(await filtered.locator('.search-result-kind').first().innerText()).toMatch(/^(Rôle|Politique|Partie du Handbook)$/);
    await filtered.close();
  });

  it('finds the French text of an earlier version, and a document by its French name', async () => {
    const framework = await searchFrom('/fr/', /Rechercher dans le Manuel/, 'cadre de responsabilisation');
    expect((await resultLinks(framework))[0]).toBe('/fr/policies/framework-for-accountability/versions/2009/');
    await framework.close();
    const levels = await searchFrom('/fr/', /Rechercher dans le Manuel/, 'niveaux de sécurité');
    expect((await resultLinks(levels))[0]).toBe('/fr/policies/security-level-system/');
    expect(await levels.locator('.search-result-title a').first().innerText()).toBe('Système de niveaux de sécurité (SLS)');
    await levels.close();
  });

  it('returns no English page from the French index', async () => {
    const page = await searchFrom('/fr/', /Rechercher dans le Manuel/, 'Designated Official');
    expect((await resultLinks(page)).filter((href) => !href.startsWith('/fr/'))).toEqual([]);
    await page.close();
  });
});
