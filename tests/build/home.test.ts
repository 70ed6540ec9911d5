/** The home page answers "what is in force?", shows the latest changes and leads each audience in. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileOf, page, pagePaths, text } from '../helpers/dist.ts';

/** Status of each policy as its own page states it, in its "What applies now" box. */
const statusOnPage = new Map(
  pagePaths()
    .filter((p) => /^\/policies\/[^/]+\/$/.test(p))
    .map((p) => [p, text(page(p).querySelector('section.standing .status'))]),
);

describe.each(['/', '/fr/'])('home page %s', (path) => {
  const doc = page(path);

  it('lists exactly the policies in force', () => {
    const listed = doc.querySelector('#in-force')!.parentNode!.querySelectorAll('.policy-list > li > a').map((a) => a.getAttribute('href')!.replace(/^\/fr/, ''));
    const inForce = [...statusOnPage].filter(([, status]) => status === 'In force').map(([p]) => p);
    expect(inForce.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(inForce.sort());
  });

  it('shows at most five recorded changes, newest first', () => {
    const dates = doc.querySelectorAll('section:has(#recent) li time').map((t) => t.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThanOrEqual(5);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('leads into the Manual, the roles and the glossary, all pages that exist', () => {
    const links = doc.querySelectorAll('ul.entry-points a').map((a) => a.getAttribute('href')!);
    expect(links).toHaveLength(3);
    for (const href of links) expect(() => readFileSync(fileOf(href.split('#')[0]!))).not.toThrow();
  });
});

it('has the French home in French', () => {
  expect(text(page('/fr/').querySelector('#in-force'))).toBe('En vigueur');
});
