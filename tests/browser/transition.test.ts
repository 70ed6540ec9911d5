/** The Handbook lookup in a real browser: with JavaScript the search page opens the bridge page; without, it links to the index. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const session = useBrowser();

describe('finding a Handbook reference', () => {
  it.each([
    ['FSH chapter III', '/transition/fsh-iii/'],
    ['Field Security Handbook, security phases', '/transition/fsh-v-e/'],
  ])('with JavaScript, "%s" opens its bridge page', async (reference, bridge) => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.origin}/transition/`);
    await page.getByLabel('Find a Handbook reference').fill(reference);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL(`**${bridge}`);
    await page.close();
  });

  it('with JavaScript, says so when nothing matches, and searches its words instead', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.origin}/transition/`);
    await page.getByLabel('Find a Handbook reference').fill('nothing of the sort');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.locator('.search-handbook-none').waitFor();
    expect(await page.locator('.search-handbook-none').innerText()).toContain('No part of the Handbook matches that reference');
    expect(new URL(page.url()).pathname).toBe('/search/');
    await page.close();
  });

  it('without JavaScript, leads to the index of references, where the part is one link away', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.site.origin}/transition/`);
    await page.getByLabel('Find a Handbook reference').fill('security phases');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL('**/search/?in=handbook&q=security+phases');
    await page.getByRole('link', { name: 'Index of Handbook references' }).click();
    await page.getByRole('link', { name: 'Security Phases', exact: true }).click();
    await page.waitForURL('**/transition/fsh-v-e/');
    await context.close();
  });
});

describe('the matrix with JavaScript', () => {
  it('sorts by a column, says the direction to screen readers, and returns to the Handbook order', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.origin}/transition/`);
    const firstPart = () => page.locator('table.transition-table tbody tr th').first().innerText();
    const handbookOrder = await firstPart();
    const status = page.getByRole('button', { name: 'Status' });
    await status.click();
    expect(await page.locator('th:has(button:text("Status"))').getAttribute('aria-sort')).toBe('ascending');
    const statuses = await page.locator('table.transition-table tbody tr td:nth-child(2)').allInnerTexts();
    expect(statuses).toEqual([...statuses].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    await status.click();
    expect(await page.locator('th:has(button:text("Status"))').getAttribute('aria-sort')).toBe('descending');
    await status.click();
    expect(await page.locator('th:has(button:text("Status"))').getAttribute('aria-sort')).toBeNull();
    expect(await firstPart()).toBe(handbookOrder);
    await page.close();
  });
});

describe('the matrix on a phone', () => {
  it('reads as one card a part, each fact led by its column, with no sideways scrolling and shared notes once', async () => {
    const page = await session.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${session.site.origin}/transition/`);
    const region = page.locator('.table-scroll');
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const card = page.locator('table.transition-table tbody tr', { has: page.getByRole('link', { name: 'Introduction', exact: true }) });
    expect(await card.evaluate((tr) => tr.getBoundingClientRect().height)).toBeLessThan(200);
    expect(await card.innerText()).toMatch(/^Introduction\nChapter I \(1\.1–1\.3\)\nRetained, not yet transitioned\nnone recorded\nSee note A$/);
    // Each shown cell is led by its column's name (CSS generated text, which innerText leaves out).
    const labels = await card.locator('td').evaluateAll((tds) => tds.filter((td) => getComputedStyle(td).display !== 'none').map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Status: "', '"In the SPM: "', '"Notes: "']);
    const french = await session.browser.newPage({ viewport: { width: 375, height: 800 } });
    await french.goto(`${session.site.origin}/fr/transition/`);
    // French sets a narrow no-break space before a colon.
    expect(await french.locator('table.transition-table tbody tr td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"État\u202f: "');
    await french.close();
    await card.getByRole('link', { name: 'See note A' }).click();
    expect(await page.locator('#table-note-a').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await page.locator('#table-note-a dd').innerText()).toMatch(/^No source records what became of this part\./);
    await page.close();
  });

  it('shows each status view as a link, its chip underlined like its count', async () => {
    const page = await session.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${session.site.origin}/transition/`);
    const chip = page.locator('.status-views a .transition-status').first();
    expect(await chip.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    await page.close();
  });
});
