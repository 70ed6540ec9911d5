/** Every version at its own URL with a banner, and the compare view between versions. */
import { describe, expect, it } from 'vitest';
import { page, pagePaths, SITE, text } from '../helpers/dist.ts';

const POLICY = '/policies/framework-for-accountability/';

describe('versions', () => {
  it('gives every version of the Framework its own page in both languages', () => {
    for (const version of ['2008', '2009']) expect(pagePaths()).toEqual(expect.arrayContaining([`${POLICY}versions/${version}/`, `/fr${POLICY}versions/${version}/`]));
  });

  it('cites the paragraphs of a version at its own permanent URL, and indexes only the policy URL', () => {
    const doc = page(`${POLICY}versions/2008/`);
    expect(text(doc.querySelector('#p2 .citation'))).toBe(`Framework for Accountability (2008), para. 2 (CEB/2008/HLCM/5, Annex C) ${SITE}${POLICY}versions/2008/#p2`);
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('renders the 2008 annex from the 2008 role records, with its lettered markers', () => {
    const doc = page(`${POLICY}versions/2008/`);
    expect(doc.querySelectorAll('section.annex section.actor h3').map((h) => h.id)).toEqual('abcdefghijklmn'.split('').map((l) => `annex-${l}`));
    expect(text(doc.querySelector('#annex-e-a'))).toMatch(/^a\) /);
    expect(text(doc.querySelector('#annex-b')?.parentNode?.querySelector('.lead-in'))).toBe('The Under-Secretary-General for Safety and Security:');
  });

  it('says on each version what it is: the 2008 text, shown at the policy URL (its canonical), is an earlier version; 2011 applies now', () => {
    const doc = page(`${POLICY}versions/2008/`);
    expect(text(doc.querySelector('.version-banner'))).toBe('This is an earlier version of this document, kept for reference. The current version is Version 2011.');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${POLICY}`);
    const current = page(`${POLICY}versions/2011/`);
    expect(text(current.querySelector('.version-banner'))).toBe(`This is the version that applies now. Its text is not on this site; what applies now, where to read it, and the newest text that applied are at ${SITE}${POLICY}.`);
    expect(current.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${POLICY}versions/2011/`);
  });

  it('lists the versions on the policy page, newest first, each comparable with the text shown', () => {
    const items = page(POLICY).querySelectorAll('section.versions li');
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([`${POLICY}versions/2011/`, `${POLICY}versions/2009/`, `${POLICY}versions/2008/`]);
    expect(text(items[0])).toContain('current version');
    // The 2009 text compares from the 2008 text the page shows; the 2011 edition has no text to compare.
    expect(items[1]?.querySelectorAll('a').at(-1)?.getAttribute('href')).toBe(`${POLICY}compare/2008/2009/`);
    expect(items[0]?.querySelectorAll('a')).toHaveLength(1);
  });
});

describe('comparing 2008 with 2009', () => {
  const doc = page(`${POLICY}compare/2008/2009/`);

  it('opens with a summary in words, each change linked to its row, and a way to see the changes only', () => {
    const lines = doc.querySelectorAll('.change-summary > li');
    const says = lines.map((li) => text(li.querySelector('strong')));
    expect(says).toEqual(expect.arrayContaining(['Paragraphs added', 'Paragraphs reworded', 'Paragraphs renumbered']));
    for (const a of doc.querySelectorAll('.change-summary a')) expect(doc.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
    // The 2008 mission statement (para 2) is 2009's para 5, reworded.
    expect(text(lines.find((li) => text(li.querySelector('strong')) === 'Paragraphs reworded'))).toContain('para. 2 → 5');
    expect(doc.querySelector('.compare-views a[href="#changes-only"]')).not.toBeNull();
    expect(doc.getElementById('changes-only')).not.toBeNull();
  });
  const rows = doc.querySelectorAll('.compare-row');
  const row = (before: string, after: string) =>
    rows.find((r) => text(r.querySelector('.compare-head span')) === `Version 2008, para. ${before} → Version 2009, para. ${after}`);

  it('pairs paragraphs by content: 2008 para 2 (mission statement) is 2009 para 5', () => {
    const mission = row('2', '5');
    expect(text(mission?.querySelector('.compare-kind'))).toBe('Changed');
    expect(mission?.querySelectorAll('ins').length).toBeGreaterThan(0);
    expect(mission?.querySelectorAll('del').length).toBeGreaterThan(0);
  });

  it('marks insertions and deletions in words, not by colour alone', () => {
    const inserted = doc.querySelector('ins');
    expect(text(inserted?.querySelector('.visually-hidden'))).toBe('[inserted:');
    expect(text(doc.querySelector('del .visually-hidden'))).toBe('[deleted:');
  });

  it('summarises the changes, matching the rows', () => {
    const summary = Object.fromEntries(doc.querySelectorAll('.compare-summary div').map((d) => [text(d.querySelector('dt')), Number(text(d.querySelector('dd')))]));
    const kinds = rows.map((r) => text(r.querySelector('.compare-kind')).split(',')[0]);
    for (const kind of ['Changed', 'Unchanged', 'Added', 'Removed', 'Split', 'Merged']) expect(summary[kind], kind).toBe(kinds.filter((k) => k === kind).length);
    // Every paragraph of both versions appears once.
    const numbers = (side: 0 | 1) => rows.flatMap((r) => text(r.querySelector('.compare-head span')).split(' → ')[side]!.replace(/^Version \d+, para\. /, '').split(', ')).filter((n) => n !== '—');
    expect(numbers(0).map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(numbers(1).map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});
