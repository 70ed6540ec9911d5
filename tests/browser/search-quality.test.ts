/**
 * Search finds the right page first: every query of tests/search/queries.ts is
 * typed into the search page of its language in Chromium, against the built
 * index, and the results are read off the page as a reader sees them. Reports
 * the share met; every first place must hold, and 90 % of the top-3 pages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { queries, type SearchQuery } from '../search/queries.ts';

const session = useBrowser();
const pages: Partial<Record<SearchQuery['lang'], Page>> = {};
const outcomes = new Map<SearchQuery, string[]>();

/** Searches as a reader does: types into the page's box and submits; the page's own script answers. */
async function topResults(q: SearchQuery): Promise<string[]> {
  const page = pages[q.lang]!;
  const status = page.locator('.search-status');
  const before = await status.innerText();
  await page.getByLabel(q.lang === 'fr' ? 'Rechercher dans le Manuel' : 'Search the Manual').fill(q.query);
  await page.getByLabel(q.lang === 'fr' ? 'Rechercher dans le Manuel' : 'Search the Manual').press('Enter');
  // The status names the query (or its correction) once the results are on the page.
  await page.waitForFunction((previous) => {
    const text = document.querySelector('.search-status')?.textContent ?? '';
    return text !== previous && /“|«/.test(text);
  }, before);
  return page.locator('.search-result-title a').evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

beforeAll(async () => {
  for (const lang of ['en', 'fr'] as const) {
    pages[lang] = await session.browser.newPage();
    await pages[lang].goto(`${session.site.origin}${lang === 'fr' ? '/fr' : ''}/search/`);
  }
  for (const q of queries) outcomes.set(q, await topResults(q));
}, 240_000);

afterAll(() => {
  const firsts = queries.filter((q) => outcomes.get(q)?.[0] === q.first).length;
  const expected = queries.flatMap((q) => (q.top3 ?? []).map((url) => outcomes.get(q)?.includes(url) ?? false));
  const top3 = expected.filter(Boolean).length;
  console.log(`search quality: first place ${firsts}/${queries.length}; top 3 ${top3}/${expected.length} (${Math.round((100 * top3) / expected.length)} %)`);
});

describe('the query set', () => {
  it('has at least 40 queries in both languages, with acronyms, questions, old Handbook references and ten typos', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const count = (test: (q: SearchQuery) => boolean) => queries.filter(test).length;
    expect(count((q) => q.lang === 'fr')).toBeGreaterThanOrEqual(8);
    expect(count((q) => q.kind === 'typo')).toBeGreaterThanOrEqual(10);
    for (const kind of ['name', 'acronym', 'question', 'handbook', 'version'] as const) expect(count((q) => q.kind === kind), kind).toBeGreaterThan(0);
  });
});

describe('search finds the right page first', () => {
  it.each(queries.map((q) => [q.lang, q.query, q] as const))('%s: "%s"', (_lang, _query, q) => {
    expect(outcomes.get(q)?.[0], `first for "${q.query}"`).toBe(q.first);
  });

  it('puts at least 90 % of the expected pages in the top 3', () => {
    const expected = queries.flatMap((q) => (q.top3 ?? []).map((url) => ({ query: q.query, url, met: outcomes.get(q)?.includes(url) ?? false })));
    const missed = expected.filter((e) => !e.met);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(missed.length / expected.length, JSON.stringify(missed)).toBeLessThanOrEqual(0.1);
  });
});
