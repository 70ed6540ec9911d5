/** Debian's Chromium driven by playwright-core, never a downloaded browser: for browser tests and the search benchmark. */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.SPM_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
