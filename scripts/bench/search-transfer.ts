/**
 * What a reader's browser transfers to open the search page with a query and
 * show its first results: every request, each counted at its compressed size
 * (gzip at zlib's default level for text; Pagefind's index files and WASM are
 * compressed already and counted as they are).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface Transfer {
  /** The search page's address, with its query. */
  path: string;
  /** The screen's width: a phone loads the filters only when the reader opens them. */
  width: number;
  requests: number;
  bytes: number;
  /** Bytes by what was loaded: the page, its style and script, Pagefind's engine, index and results. */
  parts: Record<TransferPart, number>;
}

export type TransferPart = 'page' | 'style' | 'script' | 'engine' | 'index' | 'results' | 'other';

/** Which part of the transfer a file is. */
export function partOf(pathname: string): TransferPart {
  if (pathname.endsWith('.html') || pathname.endsWith('/')) return 'page';
  if (pathname.endsWith('.css')) return 'style';
  if (pathname.startsWith('/pagefind/fragment/')) return 'results';
  if (/^\/pagefind\/(index|filter)\/|\.pf_meta$|pagefind-entry\.json$/.test(pathname)) return 'index';
  if (pathname.startsWith('/pagefind/')) return 'engine';
  if (pathname.endsWith('.js')) return 'script';
  return 'other';
}

/** Pagefind gzips its own index, fragments and WASM; anything else is compressed as a server would. */
export const compressedSize = (pathname: string, body: Buffer): number =>
  /\.(pf_\w+|pagefind)$/.test(pathname) ? body.length : gzipSync(body).length;

/** Opens `origin + path` in a fresh page of that width and counts what it loads until the first result is on the page. */
export async function measureSearch(browser: Browser, origin: string, path: string, width: number): Promise<Transfer> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const loads: Promise<{ pathname: string; size: number }>[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    loads.push(response.body().then((body) => ({ pathname, size: compressedSize(pathname, body) })));
  });
  await page.goto(origin + path);
  await page.locator('.search-result').first().waitFor();
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(loads);
  await page.close();
  const parts: Record<TransferPart, number> = { page: 0, style: 0, script: 0, engine: 0, index: 0, results: 0, other: 0 };
  for (const file of files) parts[partOf(file.pathname)] += file.size;
  return { path, width, requests: files.length, bytes: files.reduce((sum, f) => sum + f.size, 0), parts };
}
