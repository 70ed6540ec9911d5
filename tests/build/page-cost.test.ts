/**
 * Per-page cost stays flat as the Manual grows: the generated corpus is built at two
 * sizes (4 × as many policies, decisions and transition rows), and no document page
 * grows with the number of documents. Navigation is by chapter, never a list of
 * everything, so the links around the text are the same at both sizes. List pages
 * (indexes, the glossary) grow with what they list, by design, and are held to
 * budgets only at the size built here; the decision lists by facet are split into
 * pages, so they do not grow.
 */
import { globSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyPage, type PageKind } from '../../scripts/bench/pages.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { generateCorpus } from '../../scripts/corpus/generate.ts';
import { writeCorpus } from '../../scripts/corpus/output.ts';
import { buildSite } from '../helpers/build.ts';

const SMALL = 10;
const LARGE = 40;

interface Page {
  kind: PageKind;
  bytes: number;
  /** Links outside the main text: header, breadcrumbs, footer, the page's own navigation. */
  frameLinks: number;
  /** Decisions listed. */
  decisions: number;
}

function buildAt(policies: number): Page[] {
  const root = mkdtempSync(join(tmpdir(), `spm-cost-${policies}-`));
  writeCorpus(join(root, 'content'), generateCorpus({ policies, decisions: policies * 4, fsh: policies / 2, seed: 1 }), false);
  const build = buildSite(join(root, 'content'));
  expect(build.status, build.output).toBe(0);
  return globSync('**/*.html', { cwd: build.outDir }).map((file) => {
    const html = readFileSync(join(build.outDir, file), 'utf8');
    const doc = parse(html);
    const all = doc.querySelectorAll('a').length;
    return {
      kind: classifyPage(file).kind,
      bytes: Buffer.byteLength(html),
      frameLinks: all - (doc.querySelector('main')?.querySelectorAll('a').length ?? 0),
      decisions: doc.querySelectorAll('article.decision').length,
    };
  });
}

let small: Page[] = [];
let large: Page[] = [];
beforeAll(() => {
  small = buildAt(SMALL);
  large = buildAt(LARGE);
}, 600_000);

const of = (pages: Page[], kind: PageKind) => pages.filter((p) => p.kind === kind);
const max = (pages: Page[], key: 'bytes' | 'frameLinks' | 'decisions') => Math.max(...pages.map((p) => p[key]));
const median = (pages: Page[]) => pages.map((p) => p.bytes).sort((a, b) => a - b)[pages.length >> 1]!;

/** Pages of one document each: their size depends on that document, not on how many there are. */
const documentKinds: PageKind[] = ['policy', 'version', 'compare', 'session', 'transition-row', 'side-by-side', 'role'];
/** Pages of a list split into pages of PAGE_SIZE items. */
const pagedKinds: PageKind[] = ['history-facet'];

describe(`from ${SMALL} to ${LARGE} policies a language`, () => {
  it.each(documentKinds)('%s pages have the same links around the text', (kind) => {
    expect(of(large, kind).length).toBeGreaterThan(0);
    expect(max(of(large, kind), 'frameLinks')).toBe(max(of(small, kind), 'frameLinks'));
  });

  // The median, since with four times the pages the largest one is larger by chance alone.
  it.each(documentKinds.filter((k) => k !== 'side-by-side' && k !== 'role'))('%s pages do not grow', (kind) => {
    expect(median(of(large, kind))).toBeLessThanOrEqual(median(of(small, kind)) * 1.1);
  });

  it.each(pagedKinds)('%s pages list at most one page of items: long lists are split, not grown', (kind) => {
    const paged = of(large, kind).filter((p) => p.decisions === PAGE_SIZE);
    expect(paged.length, 'some list is long enough to need a second page').toBeGreaterThan(0);
    expect(max(of(large, kind), 'decisions')).toBe(PAGE_SIZE);
  });

  // A side-by-side view is of a policy text or of a short annex entry, so only its largest is comparable;
  // a role page lists the decisions that name it, which grow with the history, so it has a budget instead.
  it('side-by-side views do not grow', () => {
    expect(max(of(large, 'side-by-side'), 'bytes')).toBeLessThanOrEqual(max(of(small, 'side-by-side'), 'bytes') * 1.1);
  });

  // Largest HTML page of each kind, uncompressed, at the larger size (a generated policy is about 1,500 words).
  const budgets: Partial<Record<PageKind, number>> = {
    policy: 100_000,
    version: 100_000,
    compare: 60_000,
    session: 120_000,
    'transition-row': 12_000,
    'side-by-side': 80_000,
    role: 40_000,
    'history-facet': 150_000,
    home: 30_000,
    search: 10_000,
    'not-found': 5_000,
  };
  it.each(Object.entries(budgets))('the largest %s page is under %i bytes', (kind, budget) => {
    expect(max(of(large, kind as PageKind), 'bytes')).toBeLessThanOrEqual(budget);
  });
});
