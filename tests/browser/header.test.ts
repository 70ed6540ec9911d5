/** The site header: one line on a phone, with a menu that opens without JavaScript; everything in view on a wide screen. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const session = useBrowser();

async function open(width: number, javaScript = true) {
  const context = await session.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/policies/framework-for-accountability/`);
  return page;
}

describe('the header', () => {
  it.each([true, false])('is one line on a 375 px phone, and its menu opens the search and the sections (JavaScript %s)', async (javaScript) => {
    const page = await open(375, javaScript);
    expect(await page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(70);
    expect(await page.getByRole('link', { name: 'Policies', exact: true }).isVisible()).toBe(false);
    await page.locator('.site-menu > summary').click();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policies', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the search and the sections without a menu on a wide screen', async () => {
    const page = await open(1280);
    expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policies', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').isVisible()).toBe(true);
    await page.context().close();
  });
});
