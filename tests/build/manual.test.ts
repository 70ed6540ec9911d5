/** The Manual's table of contents, built from content/manual/. */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';

const chapters = readRecords('manual')
  .sort((a, b) => a.data.order - b.data.order);

describe('the Manual page', () => {
  const doc = page('/manual/');

  it('lists every chapter in order', () => {
    expect(doc.querySelectorAll('section.chapter h2').map((h) => h.id)).toEqual(chapters.map((c) => c.id));
    for (const c of chapters) expect(text(doc.querySelector(`#${c.id}`))).toBe(`Chapter ${c.data.number}${c.data.title ? `: ${c.data.title}` : ''}`);
  });

  it('lists every section with its edition, its earlier placements, and a link to the policy placed there', () => {
    for (const chapter of chapters) {
      const items = doc.querySelector(`#${chapter.id}`)!.parentNode!.querySelectorAll('ol.sections > li');
      expect(items).toHaveLength(chapter.data.sections.length);
      chapter.data.sections.forEach((section, i) => {
        const item = items[i]!;
        expect(text(item.querySelector('.section-title'))).toBe(`${section.letter ? `${section.letter}. ` : ''}${section.title}`);
        expect(text(item.querySelector('.section-meta'))).toContain(section.edition);
        expect(item.querySelectorAll('.earlier li')).toHaveLength(section.earlier.length);
        section.earlier.forEach((e, j) => {
          if (e.policy) expect(item.querySelectorAll('.earlier li')[j]!.querySelector('a')?.getAttribute('href')).toBe(`/policies/${e.policy}/`);
        });
        if (section.policy && existsSync(`content/policies/${section.policy}`))
          expect(item.querySelector('.section-title a')?.getAttribute('href')).toBe(`/policies/${section.policy}/`);
      });
    }
  });

  it('places the Framework for Accountability in Chapter II', () => {
    expect(doc.querySelector('#chapter-ii')?.parentNode?.querySelector('a[href="/policies/framework-for-accountability/"]')).not.toBeNull();
  });

  it('lists under their own heading exactly the register entries no source places', () => {
    const placed = new Set(chapters.flatMap((c) => c.data.sections.flatMap((s) => [s.policy, ...s.earlier.map((e) => e.policy)])));
    const unplaced = readdirSync('content/policies').filter((id) => !placed.has(id));
    expect(unplaced.length).toBeGreaterThan(0);
    const listed = doc.querySelector('#unplaced')!.parentNode!.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(unplaced.map((id) => `/policies/${id}/`).sort());
  });

  it('gives a policy placed only in an earlier edition that chapter as its breadcrumb', () => {
    const sls = page('/policies/security-level-system/');
    expect(sls.querySelector('nav.breadcrumbs a[href="/manual/#chapter-iv"]')).not.toBeNull();
    expect(text(sls.querySelector('.manual-place'))).toBe('Chapter IV, Section B (placed there in an earlier edition: Dated 08 April 2011)');
    expect(text(page('/policies/framework-for-accountability/').querySelector('.manual-place'))).toBe('Chapter II, Section A');
  });

  it('is in French at /fr/, with the English titles marked as English and not indexed', () => {
    const fr = page('/fr/manual/');
    expect(text(fr.querySelector('h1'))).toBe('Le Manuel');
    expect(fr.querySelector('[data-pagefind-body]')).toBeNull();
    expect(text(fr.querySelector('#chapter-ii'))).toMatch(/^Chapitre II/);
  });
});
