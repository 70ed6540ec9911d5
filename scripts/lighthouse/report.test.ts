import { describe, expect, it } from 'vitest';
import type { AuditedPage } from './pages.ts';
import {
  belowHundred,
  browserVersion,
  categoryScore,
  chromiumVersion,
  END,
  failedResult,
  failingAudits,
  inline,
  medianRun,
  renderBlock,
  replaceBlock,
  resultOf,
  settingsText,
  START,
  type Lhr,
  type RunInfo,
} from './report.ts';

function lhr(overrides: Partial<Lhr> = {}): Lhr {
  return {
    lighthouseVersion: '13.5.0',
    environment: {
      hostUserAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
      benchmarkIndex: 1234.5,
    },
    configSettings: { formFactor: 'mobile', throttlingMethod: 'simulate', throttling: { rttMs: 150, throughputKbps: 1638.4, cpuSlowdownMultiplier: 4 } },
    categories: {
      performance: {
        id: 'performance',
        title: 'Performance',
        score: 0.926,
        auditRefs: [
          { id: 'first-contentful-paint', weight: 10, group: 'metrics' },
          { id: 'total-blocking-time', weight: 30, group: 'metrics' },
          { id: 'cumulative-layout-shift', weight: 25, group: 'metrics' },
          { id: 'render-blocking-insight', weight: 0 },
        ],
      },
      accessibility: {
        id: 'accessibility',
        title: 'Accessibility',
        score: 1,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'aria-allowed-role', weight: 1 },
          { id: 'manual-check', weight: 0 },
        ],
      },
      'best-practices': { id: 'best-practices', title: 'Best Practices', score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: { id: 'seo', title: 'SEO', score: 0.909, auditRefs: [{ id: 'meta-description', weight: 1 }, { id: 'document-title', weight: 1 }] },
    },
    audits: {
      'first-contentful-paint': { id: 'first-contentful-paint', title: 'First Contentful Paint', score: 0.99, scoreDisplayMode: 'numeric', displayValue: '1.1 s' },
      'total-blocking-time': { id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.75, scoreDisplayMode: 'numeric', displayValue: '340 ms' },
      'cumulative-layout-shift': { id: 'cumulative-layout-shift', title: 'Cumulative Layout Shift', score: 1, scoreDisplayMode: 'numeric', displayValue: '0' },
      'render-blocking-insight': { id: 'render-blocking-insight', title: 'Render blocking requests', score: 0, scoreDisplayMode: 'metricSavings' },
      'color-contrast': { id: 'color-contrast', title: 'Background and foreground colors have a sufficient contrast ratio', score: 1, scoreDisplayMode: 'binary' },
      'aria-allowed-role': { id: 'aria-allowed-role', title: 'Uses ARIA roles only on compatible elements', score: null, scoreDisplayMode: 'notApplicable' },
      'manual-check': { id: 'manual-check', title: 'Logical tab order', score: null, scoreDisplayMode: 'manual' },
      'errors-in-console': { id: 'errors-in-console', title: 'No browser errors logged to the console', score: 1, scoreDisplayMode: 'binary' },
      'meta-description': { id: 'meta-description', title: 'Document does not have a meta description', score: 0, scoreDisplayMode: 'binary' },
      'document-title': { id: 'document-title', title: 'Document has a `<title>` element', score: 1, scoreDisplayMode: 'binary' },
    },
    ...overrides,
  };
}

const home: AuditedPage = { kind: 'Home', lang: 'en', path: '/' };
const policyFr: AuditedPage = { kind: 'Policy', lang: 'fr', path: '/fr/policies/a/' };
const run: RunInfo = { date: '2026-01-02', lighthouseVersion: '13.5.0', chromiumVersion: '156.0.1.2', server: '`astro preview` on 127.0.0.1', settings: 'mobile emulation', runs: 1 };

describe('scores and failing audits', () => {
  it('scores a category on 0–100, null where it has none', () => {
    expect(categoryScore(lhr(), 'performance')).toBe(93);
    expect(categoryScore(lhr(), 'accessibility')).toBe(100);
    expect(categoryScore(lhr(), 'pwa')).toBeNull();
    const errored = lhr();
    errored.categories.seo!.score = null;
    expect(categoryScore(errored, 'seo')).toBeNull();
  });

  it('lists the weighted audits below 1, heaviest first, with their values', () => {
    expect(failingAudits(lhr(), 'performance')).toEqual([
      { id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.75, weight: 30, displayValue: '340 ms' },
      { id: 'first-contentful-paint', title: 'First Contentful Paint', score: 0.99, weight: 10, displayValue: '1.1 s' },
    ]);
  });

  it('leaves out audits of weight 0, not applicable, manual and passed ones', () => {
    expect(failingAudits(lhr(), 'accessibility')).toEqual([]);
    expect(failingAudits(lhr(), 'best-practices')).toEqual([]);
    expect(failingAudits(lhr(), 'missing')).toEqual([]);
    expect(failingAudits(lhr(), 'seo').map((a) => a.id)).toEqual(['meta-description']);
  });

  it('ignores a reference to an audit the result lacks', () => {
    const partial = lhr();
    delete partial.audits['total-blocking-time'];
    expect(failingAudits(partial, 'performance').map((a) => a.id)).toEqual(['first-contentful-paint']);
  });

  it('makes a page result, keeping a runtime error', () => {
    const result = resultOf(home, lhr({ runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } }));
    expect(result.scores).toEqual({ performance: 93, accessibility: 100, 'best-practices': 100, seo: 91 });
    expect(result.failing.seo).toHaveLength(1);
    expect(result.error).toBe('NO_FCP: The page did not paint any content.');
    expect(result.benchmarkIndex).toBe(1234.5);
    expect(resultOf(home, lhr()).error).toBeUndefined();
  });
});

describe('the median run', () => {
  function withPerformance(score: number | null) {
    const result = resultOf(home, lhr());
    result.scores.performance = score;
    return result;
  }

  it('takes the run with the median performance score', () => {
    const runs = [withPerformance(90), withPerformance(70), withPerformance(100)];
    expect(medianRun(runs)).toBe(runs[0]);
    expect(medianRun([runs[1]!])).toBe(runs[1]);
    expect(medianRun([withPerformance(null), runs[1]!, runs[2]!])).toBe(runs[1]);
    expect(() => medianRun([])).toThrow();
  });
});

describe('versions and settings', () => {
  it('reads the browser version', () => {
    expect(browserVersion(lhr().environment?.hostUserAgent)).toBe('156.0.0.0');
    expect(browserVersion(undefined)).toBeUndefined();
    expect(chromiumVersion('Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n')).toBe('156.0.8078.114');
    expect(chromiumVersion('no such file')).toBeUndefined();
  });

  it('says what Lighthouse emulated', () => {
    expect(settingsText(lhr().configSettings)).toBe('mobile emulation, simulated throttling (150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown)');
    expect(settingsText({ formFactor: 'desktop', throttlingMethod: 'provided' })).toBe('desktop emulation, no throttling');
    expect(settingsText(undefined)).toBe('default device emulation, no throttling');
  });
});

describe('the Markdown block', () => {
  it('escapes table text', () => {
    expect(inline('a | b\n  c')).toBe('a \\| b c');
  });

  it('explains each score below 100 of a page, nothing for a perfect one', () => {
    const perfect = resultOf(home, lhr());
    perfect.scores = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
    expect(belowHundred(perfect)).toEqual([]);
    expect(belowHundred(resultOf(policyFr, lhr()))).toEqual([
      '- Policy (FR) `/fr/policies/a/` — Performance 93: Total Blocking Time (340 ms); First Contentful Paint (1.1 s) — SEO 91: Document does not have a meta description',
    ]);
    expect(belowHundred(failedResult(home, 'Chrome crashed'))).toEqual([
      '- Home (EN) `/` — Performance: no score — Accessibility: no score — Best practices: no score — SEO: no score — error: Chrome crashed',
    ]);
  });

  it('renders the run, the table and the explanations between the markers', () => {
    const block = renderBlock(run, [resultOf(home, lhr()), failedResult(policyFr, 'timeout')]);
    const lines = block.split('\n');
    expect(lines[0]).toBe(START);
    expect(lines.at(-1)).toBe(END);
    expect(block).toContain('Run on 2026-01-02 with Lighthouse 13.5.0 (mobile emulation) in Chromium 156.0.1.2, against `astro preview` on 127.0.0.1.');
    expect(block).toContain('2 of 8 scores are 100.');
    expect(block).toContain('BenchmarkIndex (Lighthouse\'s measure of CPU speed, higher is faster) ranged from 1235 to 1235.');
    expect(block).not.toContain('median');
    expect(renderBlock({ ...run, runs: 3 }, [resultOf(home, lhr())])).toContain('Each row is the median of 3 runs of the page, by performance score.');
    expect(lines).toContain('| Page | Language | Path | Performance | Accessibility | Best practices | SEO |');
    expect(lines).toContain('| Home | EN | `/` | **93** | 100 | 100 | **91** |');
    expect(lines).toContain('| Policy | FR | `/fr/policies/a/` | error | error | error | error |');
    expect(block).toContain('- Home (EN) `/` — Performance 93:');
  });

  it('says so when every score is 100', () => {
    const perfect = resultOf(home, lhr());
    perfect.scores = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
    expect(renderBlock(run, [perfect])).toContain('None: every score is 100.');
  });
});

describe('replacing the block in the document', () => {
  const block = `${START}\nnew\n${END}`;

  it('keeps the text around the markers', () => {
    const doc = `# Title\n\nintro\n\n${START}\nold\n${END}\n\n## Explanations\n\nhand-written\n`;
    expect(replaceBlock(doc, block)).toBe(`# Title\n\nintro\n\n${START}\nnew\n${END}\n\n## Explanations\n\nhand-written\n`);
  });

  it('appends the block to a document without one', () => {
    expect(replaceBlock('# Title\n\nintro\n\n', block)).toBe(`# Title\n\nintro\n\n${block}\n`);
  });

  it('refuses markers out of order or alone', () => {
    expect(() => replaceBlock(`${END}\n${START}`, block)).toThrow();
    expect(() => replaceBlock(`${START}\nno end`, block)).toThrow();
  });
});
