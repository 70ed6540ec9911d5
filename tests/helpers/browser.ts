/** Debian's Chromium driven by playwright-core (never a downloaded browser), against the built site. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveSite, type StaticSite } from './static-server.ts';

export const CHROMIUM = process.env.SPM_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface BrowserSession {
  site: StaticSite;
  browser: Browser;
}

/** Serves dist/ and starts Chromium for the test file; both are closed after its last test. */
export function useBrowser(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    [session.site, session.browser] = await Promise.all([serveSite(), launchBrowser()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
