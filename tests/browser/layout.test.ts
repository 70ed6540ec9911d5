/**
 * The layout guard: one page of every kind, in both languages, at phone, tablet and
 * desktop widths and in print, must be readable. It fails where a block of text is
 * squeezed into a box narrower than a readable measure (more than 30 characters in
 * less than 8 em: text wrapping letter by letter), where text is clipped, or where a
 * screen page scrolls sideways. Axe and the overflow checks let a 30,000 px role page
 * through; this would not have.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const session = useBrowser();

/** One page of each kind. */
const kinds = [
  '/',
  '/policies/',
  '/policies/framework-for-accountability/',
  '/policies/security-level-system/',
  '/policies/framework-for-accountability/versions/2009/',
  '/policies/framework-for-accountability/compare/2008/2009/',
  '/manual/',
  '/roles/',
  '/roles/designated-official/',
  '/history/',
  '/history/2016-02-new-york/',
  '/history/topics/accountability/',
  '/transition/',
  '/transition/fsh-v-e/',
  '/glossary/',
  '/search/',
  '/translations/',
];
const paths = kinds.flatMap((p) => [p, `/fr${p}`]);
const modes = [
  { name: '320 px', width: 320 },
  { name: '375 px', width: 375 },
  { name: '768 px', width: 768 },
  { name: '1280 px', width: 1280 },
  { name: 'print', width: 800, print: true },
] as const;

interface Problem {
  kind: 'squeezed' | 'clipped' | 'sideways';
  where: string;
}

/** Runs in the page: every visible element holding text of its own, measured. */
function findProblems(): Problem[] {
  const problems: Problem[] = [];
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}: "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
    if (own.length <= 30) continue;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    // Hidden, or hidden on purpose for screen readers (a 1 px clipped box).
    if (style.display === 'none' || style.visibility === 'hidden' || box.width <= 1 || box.height <= 1) continue;
    const em = parseFloat(style.fontSize);
    if (style.display !== 'inline' && box.width < 8 * em) problems.push({ kind: 'squeezed', where: `${describe(el)} is ${Math.round(box.width)} px wide` });
    const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
    if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) problems.push({ kind: 'clipped', where: describe(el) });
  }
  const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (sideways > 0) problems.push({ kind: 'sideways', where: `the page is ${sideways} px wider than the screen` });
  return problems;
}

async function problemsOf(browser: Browser, origin: string, path: string, mode: (typeof modes)[number]): Promise<Problem[]> {
  const context = await browser.newContext({ viewport: { width: mode.width, height: 800 } });
  const page = await context.newPage();
  if ('print' in mode) await page.emulateMedia({ media: 'print' });
  await page.goto(origin + path);
  const problems = await page.evaluate(findProblems);
  await context.close();
  // A printed page has no sideways scrolling to speak of: paper wraps or cuts.
  return 'print' in mode ? problems.filter((p) => p.kind !== 'sideways') : problems;
}

describe.each(modes)('layout at $name', (mode) => {
  it.each(paths)('%s: no squeezed, clipped or sideways text', async (path) => {
    expect(await problemsOf(session.browser, session.site.origin, path, mode)).toEqual([]);
  });
});
