/** The Pagefind index of the built site, searched in Node: one index per language, paragraphs as sub-results. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, page } from '../helpers/dist.ts';
import { loadPagefind, searchData } from '../helpers/pagefind-node.ts';

assertBuilt();
const en = await loadPagefind('en', DIST);
const fr = await loadPagefind('fr', DIST);

describe('search index', () => {
  it('is written per language', () => {
    const entry = JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en?.page_count).toBeGreaterThan(0);
    expect(entry.languages.fr?.page_count).toBeGreaterThan(0);
  });

  it('finds the role and the Framework for "Designated Official" in English', async () => {
    const results = await searchData(en, 'Designated Official');
    // The Handbook's own part on Designated Officials may rank with it: readers of old references land there.
    expect(results.slice(0, 3).map((r) => r.url)).toContain('/roles/designated-official/');
    expect(results.find((r) => r.url === '/roles/designated-official/')?.filters).toEqual({ kind: ['Role'] });
    expect((await searchData(en, 'Designated Official', { kind: 'Role' }))[0]?.url).toBe('/roles/designated-official/');
    expect(results.find((r) => r.url === '/policies/framework-for-accountability/')?.filters).toMatchObject({ kind: ['Policy'], status: ['In force'] });
  });

  it.each([
    ['security clearance', ['/roles/area-security-coordinator/', '/roles/personnel/']],
    ['Wardens', ['/roles/warden/', '/roles/designated-official/', '/roles/area-security-coordinator/']],
    ['minutes', ['/roles/designated-official/']],
  ])('finds the roles that hold a duty ("%s"), each responsibility a sub-result at its anchor', async (duty, holders) => {
    const roles = await searchData(en, duty, { kind: 'Role' });
    expect(roles.every((r) => r.url.startsWith('/roles/'))).toBe(true);
    expect(roles.map((r) => r.url)).toEqual(expect.arrayContaining(holders));
    for (const role of roles.filter((r) => holders.includes(r.url))) {
      const items = role.sub_results.filter((s) => /#v\d{4}-[0-9a-z]+$/.test(s.url));
      expect(items.length, role.url).toBeGreaterThan(0);
      for (const item of items) expect(page(role.url).getElementById(item.url.split('#')[1]!), item.url).not.toBeNull();
    }
    if (duty === 'minutes') expect(roles[0]?.sub_results.map((s) => s.url)).toContain('/roles/designated-official/#v2009-10');
  });

  it('returns numbered paragraphs as sub-results linking to their anchors', async () => {
    // The policy URL holds the 2008 text in force.
    const framework = (await searchData(en, 'Wardens')).find((r) => r.url === '/policies/framework-for-accountability/');
    const paragraphs = framework?.sub_results.filter((s) => /#p\d+$/.test(s.url)) ?? [];
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const sub of paragraphs) expect(sub.title).toBe(`Paragraph ${sub.url.split('#p')[1]}`);
    const hostGovernment = (await searchData(en, 'host government')).find((r) => r.url === '/policies/framework-for-accountability/');
    expect(hostGovernment?.sub_results.map((s) => s.url)).toContain('/policies/framework-for-accountability/#p1');
  });

  it('keeps English text out of the French index', async () => {
    // French stemming may still match a French word ("des" for "Designated"), so assert on the indexed text itself.
    for (const term of ['Designated Official', 'Framework for Accountability', 'Wardens', 'evacuation', 'Secretary-General']) {
      for (const result of await searchData(fr, term)) {
        expect(result.url).toMatch(/^\/fr\//);
        expect(result.content.toLowerCase(), `${term} in ${result.url}`).not.toContain(term.toLowerCase());
      }
    }
  });

  it('filters by kind, status and chapter, and sorts by the version date', async () => {
    const filters = await en.filters();
    expect(Object.keys(filters).sort()).toEqual(['addressee', 'chapter', 'kind', 'status', 'topic', 'verb', 'year']);
    expect(filters.chapter?.['Chapter II']).toBeGreaterThanOrEqual(2);
    const inChapterII = await searchData(en, null as unknown as string, { chapter: 'Chapter II' });
    expect(inChapterII.map((r) => r.url).sort()).toEqual(['/policies/framework-for-accountability/', '/policies/iasmn-terms-of-reference/', '/policies/saving-lives-together/', '/policies/spm-chapter-role-of-dss/']);
    const { results } = await en.search('policy', { sort: { date: 'desc' } } as never);
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    const dates = urls.map((u) => page(u).querySelector('time[data-pagefind-sort]')?.getAttribute('datetime')).filter((d): d is string => Boolean(d));
    // Only versions with their own date (adoption, promulgation, issue) have one to sort by.
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('finds decisions, each paragraph a sub-result at its anchor, and filters them by year, topic and addressee', async () => {
    const sessions = await searchData(en, 'Policy Manual', { kind: 'Decisions' });
    expect(sessions.map((s) => s.url)).toContain('/history/2010-06-vienna/');
    const vienna = sessions.find((s) => s.url === '/history/2010-06-vienna/')!;
    const paragraphs = vienna.sub_results.filter((s) => /#para-\d+$/.test(s.url));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const sub of paragraphs) {
      expect(sub.title).toBe(`Paragraph ${sub.url.split('#para-')[1]}`);
      expect(page('/history/2010-06-vienna/').getElementById(sub.url.split('#')[1]!)).not.toBeNull();
    }
    expect((await searchData(en, null as unknown as string, { year: '2010' })).map((r) => r.url)).toEqual(['/history/2010-06-vienna/']);
    const aviation = await searchData(en, null as unknown as string, { topic: 'Aviation safety and air travel' });
    expect(aviation.map((r) => r.url)).toEqual(expect.arrayContaining(['/history/2008-02-washington/']));
    expect((await searchData(en, null as unknown as string, { addressee: 'High-Level Committee on Management' })).length).toBeGreaterThan(1);
  });

  it('gives filters only to the documents they describe', async () => {
    const results = await searchData(en, 'policies');
    const home = results.find((r) => r.url === '/');
    expect(home).toBeDefined();
    expect(home?.filters).toEqual({});
  });

  it('holds French pages in the French index', async () => {
    const results = await searchData(fr, 'politiques');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.url.startsWith('/fr/'))).toBe(true);
  });

  it('gives the search page the names to correct spelling against, per language, each word once and as written in running text', () => {
    const names = (lang: string) => JSON.parse(readFileSync(`${DIST}${lang}/search/names.json`, 'utf8')) as string[];
    const en = names('');
    expect(en).toEqual(expect.arrayContaining(['Designated', 'Official', 'Warden', 'Vienna', 'System', 'Handbook']));
    expect(en).not.toContain('SYSTEM');
    expect(new Set(en.map((w) => w.toLowerCase())).size).toBe(en.length);
    expect(en.every((w) => w.length >= 4 && !/\d/.test(w))).toBe(true);
    expect(names('/fr').map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['désigné', 'coordonnateur', 'niveaux']));
  });
});

