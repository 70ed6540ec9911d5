/**
 * Phone first: on a 375 × 800 screen a policy page shows its title, its status in one
 * line and the start of paragraph 1, and a role page what the role is responsible for,
 * before any scrolling. The details that were in the way are one tap away, without
 * JavaScript, and in place on a wide screen and in print.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const session = useBrowser();
const FOLD = 800;

async function open(path: string, width: number, options: { javaScript?: boolean; print?: boolean } = {}): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height: FOLD }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  if (options.print) await page.emulateMedia({ media: 'print' });
  await page.goto(session.site.origin + path);
  return page;
}

const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, height: r.height, line: parseFloat(getComputedStyle(el).lineHeight) };
});

describe('a policy page on a phone', () => {
  it.each(['/policies/framework-for-accountability/', '/policies/iasmn-terms-of-reference/', '/fr/policies/iasmn-terms-of-reference/'])(
    '%s shows its title, a one-line status and the start of paragraph 1 in the first screen',
    async (path) => {
      const page = await open(path, 375);
      expect((await box(page, 'main h1')).bottom).toBeLessThan(FOLD);
      if (await page.locator('.standing-status').count()) {
        const status = await box(page, '.standing-status');
        expect(status.height, 'the status line').toBeLessThanOrEqual(status.line * 1.5);
        expect(status.bottom).toBeLessThan(FOLD);
      }
      // The paragraph's first line, not only its top edge.
      expect((await box(page, '.para')).top + 24).toBeLessThan(FOLD);
      await page.context().close();
    },
  );
});

describe('a role page on a phone', () => {
  it('shows the Designated Official’s first responsibility in the first screen', async () => {
    const page = await open('/roles/designated-official/', 375);
    expect((await box(page, '.role-responsibilities li')).top + 24).toBeLessThan(FOLD);
    await page.context().close();
  });
});

describe('a meeting’s page on a phone', () => {
  it('shows its first decision in the first screen, the meeting’s facts and the notes on its printed report one tap away', async () => {
    const page = await open('/history/2016-02-new-york/', 375);
    expect((await box(page, 'article.decision')).top + 24).toBeLessThan(FOLD);
    expect(await page.locator('details.print-notes li').first().isVisible()).toBe(false);
    await page.context().close();
    const paper = await open('/history/2016-02-new-york/', 375, { print: true });
    expect(await paper.locator('details.print-notes li').first().isVisible()).toBe(true);
    expect(await paper.locator('.meta-more dl.policy-meta').isVisible()).toBe(true);
    await paper.context().close();
  });
});

describe('breadcrumbs on a phone', () => {
  it('stop at the parent, since the heading below names the page; a wide screen shows the whole trail', async () => {
    const crumbs = (page: Page) => page.locator('nav.breadcrumbs li').evaluateAll((items) => items.filter((li) => getComputedStyle(li).display !== 'none').map((li) => li.textContent?.trim()));
    const phone = await open('/roles/personnel/', 375);
    expect(await crumbs(phone)).toEqual(['Home', 'Roles']);
    await phone.context().close();
    const wide = await open('/roles/personnel/', 1280);
    expect(await crumbs(wide)).toEqual(['Home', 'Roles', 'Personnel employed by the organizations of the United Nations system']);
    await wide.context().close();
  });
});

describe('the details one tap away', () => {
  const details = [
    ['/policies/framework-for-accountability/', '.standing-more', 'p:has(a)'],
    ['/policies/framework-for-accountability/', '.meta-more', 'dl.policy-meta'],
    ['/roles/designated-official/', '.meta-more', 'dl.policy-meta'],
  ] as const;

  it.each(details)('%s %s opens without JavaScript on a phone', async (path, selector, content) => {
    const page = await open(path, 375, { javaScript: false });
    const inside = page.locator(`${selector} ${content}`).first();
    expect(await inside.isVisible()).toBe(false);
    await page.locator(`${selector} > summary`).click();
    expect(await inside.isVisible()).toBe(true);
    await page.context().close();
  });

  it.each(details)('%s %s is in place on a wide screen and in print', async (path, selector, content) => {
    for (const options of [{}, { print: true }]) {
      const page = await open(path, options.print ? 375 : 1280, options);
      expect(await page.locator(`${selector} > summary`).isVisible()).toBe(false);
      expect(await page.locator(`${selector} ${content}`).first().isVisible(), JSON.stringify(options)).toBe(true);
      await page.context().close();
    }
  });
});
