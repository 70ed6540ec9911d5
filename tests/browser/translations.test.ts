/**
 * The translators' pages in a browser, without JavaScript: the side-by-side view puts
 * English and French next to each other on a wide screen and one under the other on a
 * narrow one, is worked with the keyboard alone, and the dashboard leads to it.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const session = useBrowser();
const SBS = '/fr/translations/policies/framework-for-accountability/2009/';

async function open(path: string, width: number) {
  const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(session.site.origin + path, { waitUntil: 'networkidle' });
  return { page, context, requests };
}

/** The boxes of the English and French sides of one part. */
async function sides(page: Awaited<ReturnType<typeof open>>['page'], unit: string) {
  const box = async (lang: string) => (await page.locator(`#${unit} .sbs-side[lang="${lang}"]`).boundingBox())!;
  return { en: await box('en'), fr: await box('fr') };
}

describe('side-by-side view', () => {
  it('shows the two languages in columns on a wide screen, aligned part by part', async () => {
    const { page, context, requests } = await open(SBS, 1280);
    const { en, fr } = await sides(page, 'u-13');
    expect(fr.x).toBeGreaterThan(en.x + en.width - 1);
    expect(Math.abs(fr.y - en.y)).toBeLessThan(2);
    expect(await page.locator('.sbs-unit').count()).toBe(30);
    expect(await page.locator('#u-13 .sbs-side[lang="en"] mark.term').count()).toBeGreaterThan(0);
    expect(await page.locator('#u-13 .sbs-side[lang="fr"] mark.term').count()).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(session.site.origin))).toEqual([]);
    expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
    await context.close();
  });

  it('stacks them on a 320 px screen, without sideways scrolling', async () => {
    const { page, context } = await open(SBS, 320);
    const { en, fr } = await sides(page, 'u-13');
    expect(fr.y).toBeGreaterThanOrEqual(en.y + en.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('is worked with the keyboard: each part is a link to itself, and following it targets the part', async () => {
    const { page, context } = await open(SBS, 1280);
    await page.locator('#u-2-label a').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#u-3');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#u-3');
    expect(await page.locator('.sbs-unit:target').getAttribute('id')).toBe('u-3');
    await context.close();
  });
});

describe('translations dashboard', () => {
  it('leads to each side-by-side view', async () => {
    const { page, context } = await open('/fr/translations/', 1280);
    await page.locator('a[href="/fr/translations/roles/designated-official/2009/"]').click();
    expect(new URL(page.url()).pathname).toBe('/fr/translations/roles/designated-official/2009/');
    expect(await page.locator('h1').textContent()).toBe('Responsable désigné (2009)');
    await context.close();
  });
});
