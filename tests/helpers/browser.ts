/** Debian's Chromium driven by playwright-core (never a downloaded browser), against the built site. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveSite, type StaticSite } from '../../scripts/static-server.ts';
import { DIST } from './dist.ts';

export interface BrowserSession {
  site: StaticSite;
  browser: Browser;
}

/** Serves dist/ and starts Chromium for the test file; both are closed after its last test. */
export function useBrowser(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    [session.site, session.browser] = await Promise.all([serveSite(DIST), launchChromium()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
