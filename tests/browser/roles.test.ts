/** The roles index and a role page in a real browser, on a phone-sized screen. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const session = useBrowser();

describe('the accountability chart on a phone', () => {
  it('shows the whole chart within the screen, with names large enough to read, and each actor opens its page', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.site.origin}/roles/`);
    const chart = page.locator('#chart-2009').locator('xpath=..').locator('svg[role="group"]');
    const box = (await chart.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // Rendered label size: at least 12 CSS px once the SVG is scaled to the screen.
    const labelHeight = await chart.locator('text').first().evaluate((t) => (t as SVGTextElement).getBoundingClientRect().height);
    expect(labelHeight).toBeGreaterThanOrEqual(12);
    await chart.locator('a.chart-node', { hasText: 'Warden' }).click();
    await page.waitForURL('**/roles/warden/');
    expect(await page.locator('h1').innerText()).toBe('Warden');
    await context.close();
  });

  it('reaches every actor of the chart by keyboard', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.origin}/roles/`);
    const nodes = page.locator('#chart-2009').locator('xpath=..').locator('svg a.chart-node');
    const count = await nodes.count();
    expect(count).toBeGreaterThan(15);
    // Every node is in the tab order, and Tab moves from one node to the next.
    expect(await nodes.evaluateAll((links) => links.every((a) => (a as SVGAElement).tabIndex === 0))).toBe(true);
    await nodes.first().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('chart-node'))).toBe(true);
    await page.close();
  });
});
