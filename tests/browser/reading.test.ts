/** Reading and citing the Framework in a real browser, with and without JavaScript. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { SITE } from '../helpers/dist.ts';

const POLICY = '/policies/framework-for-accountability/';
/** The 2009 text, at its own URL (the policy URL shows the 2008 text in force). */
const TEXT_2009 = `${POLICY}versions/2009/`;
const session = useBrowser();

async function open(path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<Page> {
  const context = await session.browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1200, height: 800 } });
  const page = await context.newPage();
  await page.goto(session.site.origin + path);
  return page;
}

describe.each([true, false])('the Framework page, JavaScript %s', (javaScript) => {
  it('follows a paragraph permalink to its anchor', async () => {
    const page = await open(TEXT_2009, { javaScript });
    await page.locator('#p13 a.para-num').click();
    expect(new URL(page.url()).hash).toBe('#p13');
    expect(await page.locator('#p13').evaluate((el) => el.matches(':target'))).toBe(true);
    await expect.poll(() => page.locator('#p13').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
    await page.context().close();
  });

  it('opens the citation of a paragraph', async () => {
    const page = await open(`${TEXT_2009}#p13`, { javaScript });
    const citation = page.locator('#p13 .citation');
    expect(await citation.isVisible()).toBe(false);
    await page.locator('#p13 summary').click();
    expect(await page.locator('#p13 summary').textContent()).toContain('Cite paragraph 13');
    expect(await citation.isVisible()).toBe(true);
    expect(await citation.innerText()).toBe(`Framework for Accountability (2009), para. 13 (CEB/2009/HLCM/23/Rev.1, Annex B)\n${SITE}${TEXT_2009}#p13`);
    await page.context().close();
  });
});

describe('copying a citation', () => {
  it('copies the citation of a paragraph with one button, and says so', async () => {
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.origin });
    const page = await context.newPage();
    await page.goto(`${session.site.origin}${TEXT_2009}`);
    await page.locator('#p13 summary').click();
    await page.locator('#p13').getByRole('button', { name: 'Copy citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Framework for Accountability (2009), para. 13 (CEB/2009/HLCM/23/Rev.1, Annex B), ${SITE}${TEXT_2009}#p13`);
    expect(await page.locator('#p13 [role="status"]').innerText()).toBe('Citation copied');
    await context.close();
  });

  it('offers no button without JavaScript: the citation is there to select', async () => {
    const page = await open(TEXT_2009, { javaScript: false });
    await page.locator('#p13 summary').click();
    expect(await page.locator('#p13 button').count()).toBe(0);
    expect(await page.locator('#p13 .citation').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('reading', () => {
  it('switches to the same document in French, which says it has no French text yet', async () => {
    const page = await open(POLICY);
    await page.getByRole('link', { name: 'Français' }).click();
    expect(new URL(page.url()).pathname).toBe(`/fr${POLICY}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('link', { name: /Lire le texte en anglais/ }).click();
    expect(new URL(page.url()).pathname).toBe(POLICY);
    await page.context().close();
  });

  it.each(['/', '/policies/', POLICY, `${POLICY}compare/2008/2009/`, '/roles/', '/roles/designated-official/', '/history/', '/history/2008-02-washington/', '/transition/', '/transition/fsh-v-a-a/', '/glossary/', '/search/', '/fr/', `/fr${POLICY}`, '/no-such-page/'])('fits a 320 px screen without sideways scrolling: %s', async (path) => {
    const page = await open(path, { width: 320 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it.each([true, false])('shows the changes only on a comparison, and every paragraph again (JavaScript %s)', async (javaScript) => {
    const page = await open(`${POLICY}compare/2008/2009/`, { javaScript });
    const visible = () => page.locator('.compare-row').evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).length);
    const all = await visible();
    await page.getByRole('link', { name: 'Show the changes only' }).click();
    const changes = await visible();
    expect(changes).toBeLessThan(all);
    expect(changes).toBe(await page.locator('.compare-row:not(.compare-still)').count());
    await page.getByRole('link', { name: 'Show every paragraph' }).click();
    expect(await visible()).toBe(all);
    await page.context().close();
  });

  it('has "On this page" beside the text on a wide screen, and as a closed disclosure on a phone', async () => {
    const wide = await open(TEXT_2009, { width: 1280 });
    const link = wide.locator('nav.toc a[href="#annex"]');
    expect(await link.isVisible()).toBe(true);
    const [toc, text] = await Promise.all([wide.locator('nav.toc').boundingBox(), wide.locator('#p1').boundingBox()]);
    expect(toc!.x).toBeGreaterThan(text!.x + text!.width);
    await wide.context().close();
    const phone = await open(TEXT_2009, { width: 375, javaScript: false });
    expect(await phone.locator('nav.toc a[href="#annex"]').isVisible()).toBe(false);
    await phone.getByText('On this page').click();
    expect(await phone.locator('nav.toc a[href="#annex"]').isVisible()).toBe(true);
    await phone.context().close();
  });

  it('prints only the document, with its URL', async () => {
    const page = await open(POLICY);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '.toc', '#p13 details']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator('.print-url').innerText()).toMatch(new RegExp(`^Printed from: ${SITE}${POLICY} \\(the text as on this site on `));
    expect(await page.locator('#p13').isVisible()).toBe(true);
    // Paper gets the full width, and no interface: not the site's own change date, not a link to compare.
    const [body, width] = await page.evaluate(() => [document.querySelector('#p13 .para-body')!.getBoundingClientRect().width, document.documentElement.clientWidth]);
    expect(body! / width!).toBeGreaterThan(0.8);
    expect(await page.locator('.last-changed').isVisible()).toBe(false);
    expect(await page.locator('a[href*="/compare/"]').first().isVisible()).toBe(false);
    await page.context().close();
  });

  it('requests nothing from another origin and no script on a content page', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const requests: { url: string; type: string }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
    for (const path of ['/', POLICY, `/fr${POLICY}`]) await page.goto(session.site.origin + path, { waitUntil: 'networkidle' });
    expect(requests.filter((r) => !r.url.startsWith(session.site.origin))).toEqual([]);
    expect(requests.filter((r) => r.type === 'script')).toEqual([]);
    await context.close();
  });
});
