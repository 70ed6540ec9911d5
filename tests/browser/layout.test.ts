/**
 * The layout guard: one page of every kind, in both languages, at phone, tablet and
 * desktop widths and in print, must be readable. It fails where a block of text is
 * squeezed into a box narrower than a readable measure (more than 30 characters in
 * less than 8 em: text wrapping letter by letter), where a word is broken across two
 * lines (except where the page lets a citation or URL break anywhere, on purpose),
 * where text is clipped, or where a screen page scrolls sideways. Axe and the overflow checks let a 30,000 px role page
 * through; this would not have.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { pageKinds } from '../page-kinds.ts';

const session = useBrowser();

const paths = pageKinds.flatMap((p) => [p, `/fr${p}`]);
const modes = [
  { name: '320 px', width: 320 },
  { name: '375 px', width: 375 },
  { name: '768 px', width: 768 },
  { name: '1280 px', width: 1280 },
  { name: 'print', width: 800, print: true },
] as const;

interface Problem {
  kind: 'squeezed' | 'broken' | 'clipped' | 'sideways';
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
  // A word of five letters or more whose glyphs sit on two lines was broken inside a line box.
  const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
  const styles = new Map<Element, CSSStyleDeclaration>();
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || node.data.trim().length < 5) continue;
    if (!styles.has(parent)) styles.set(parent, getComputedStyle(parent));
    if (styles.get(parent)!.overflowWrap === 'anywhere' || !parent.checkVisibility()) continue;
    for (const word of segmenter.segment(node.data)) {
      if (!word.isWordLike || word.segment.length < 5 || !/^\p{L}+$/u.test(word.segment)) continue;
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word.segment.length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) problems.push({ kind: 'broken', where: `${describe(parent)}: "${word.segment}" is broken across lines` });
    }
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
  it.each(paths)('%s: no squeezed, broken, clipped or sideways text', async (path) => {
    expect(await problemsOf(session.browser, session.site.origin, path, mode)).toEqual([]);
  });
});

describe('the guard itself', () => {
  it('finds a word broken across lines and a squeezed box, as on the role pages before, and lets a citation break anywhere', async () => {
    const page = await session.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.setContent(`<html lang="en"><body>
      <ol><li style="display: grid; grid-template-columns: 2.5rem 1fr"><small style="min-width: 0; overflow-wrap: break-word">(Annex C, responsibilities of the Designated Official)</small><span>The responsibility.</span></li></ol>
      <p class="citation" style="width: 4em; overflow-wrap: anywhere">Framework</p>
    </body></html>`);
    const problems = await page.evaluate(findProblems);
    expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['squeezed', 'broken']));
    expect(problems.some((p) => p.where.includes('citation'))).toBe(false);
    await page.close();
  });
});
