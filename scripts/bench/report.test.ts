import { describe, expect, it } from 'vitest';
import type { PageWeight } from './pages.ts';
import { judgeTargets, renderReport, type BenchReport, type RunResult, type SiteResult, type SizeResult } from './report.ts';

const run = (over: Partial<RunResult>): RunResult => ({ wallMs: 10_000, peakRss: 1e9, pagefindMs: 500, bytes: 1e8, files: 1000, pagefindBytes: 1e7, htmlPages: 900, ...over });
const weight = (over: Partial<PageWeight>): PageWeight => ({ page: 'policies/p/index.html', route: '/policies/p/', html: 40_000, htmlGz: 7000, cssGz: 3600, jsGz: 0, cssFiles: 1, jsFiles: 0, inlineScripts: 0, inlineScriptBytes: 0, missing: [], ...over });

function size(policies: number, spm: Partial<RunResult>, page: Partial<PageWeight> = {}, others = true): SizeResult {
  const site = (id: SiteResult['site'], r: Partial<RunResult>, w: Partial<PageWeight>): SiteResult => ({
    site: id,
    runs: [run(r), run(r)],
    weights: [{ kind: 'policy', lang: 'en', pages: policies, weight: weight(w) }],
    largest: [{ kind: 'policy', pages: policies * 2, file: 'policies/big/index.html', bytes: 80_000, htmlGz: 9000 }],
    pagefindHow: 'test',
  });
  return {
    policies,
    decisions: policies * 4,
    fsh: policies / 2,
    texts: policies * 2,
    sites: [site('spm', spm, page), ...(others ? [site('starlight', { wallMs: 20_000, peakRss: 2e9 }, {}), site('bare', { bytes: 8e7 }, {})] : [])],
  };
}

describe('judgeTargets', () => {
  it('meets every target when SPM is fast, small, light and script-free', () => {
    const rows = judgeTargets([size(200, { bytes: 2e7 }), size(1000, { wallMs: 11_000, bytes: 1e8 })]);
    expect(rows.map((r) => r.verdict)).toEqual(['met', 'met', 'met', 'met', 'met']);
    expect(rows[0]!.value).toBe('0.55×');
    expect(rows[1]!.value).toBe('1.25×');
  });
  it('misses where SPM is slow, big, grows faster than linearly, heavy or scripted', () => {
    const rows = judgeTargets([size(200, { bytes: 1e7 }), size(1000, { wallMs: 15_000, bytes: 2e8, peakRss: 3e9 }, { inlineScripts: 1, inlineScriptBytes: 470 })]);
    expect(rows.map((r) => r.verdict)).toEqual(['missed', 'missed', 'missed', 'missed', 'missed']);
    expect(rows[3]!.value).toMatch(/470 B of inline script/);
  });
  it('judges the largest policy page as well as the representative one', () => {
    const rows = judgeTargets([size(1000, {}, { htmlGz: 5000 })]);
    // 9,000 B of the largest page + 3,600 B of CSS = 12.3 KB, within 15 KB.
    expect(rows[3]!.value).toMatch(/^12\.3 KB; no JavaScript$/);
  });
  it('does not judge what was not measured', () => {
    const rows = judgeTargets([size(1000, {}, {}, false)]);
    expect(rows.map((r) => r.verdict)).toEqual(['not measured', 'not measured', 'not measured', 'met', 'not measured']);
  });
});

describe('renderReport', () => {
  const report: BenchReport = {
    date: '2026-01-01 00:00 UTC',
    command: 'npm run bench -- --sizes 20',
    machine: { cpus: 2, cpuModel: 'Test CPU', memory: 8 * 1024 ** 3, os: 'Linux 6 (linux)', loadBefore: [0.1, 0.2, 0.3], loadAfter: [1, 1, 1] },
    versions: { Node: 'v24.0.0', Astro: '7.3.5' },
    corpus: { decisionsPerPolicy: 4, fshPerPolicy: 0.5, seed: 1 },
    runs: 2,
    sizes: [size(20, {})],
    dropped: [['Matrix', 3]],
  };
  it('prints the machine, the targets and a table for each size', () => {
    const text = renderReport(report);
    expect(text).toContain('2 × Test CPU, 8.00 GB memory');
    expect(text).toContain('Node v24.0.0, Astro 7.3.5');
    expect(text).toContain('`<Matrix>` × 3');
    expect(text).toContain('### Targets (judged at 20 policies a language)');
    expect(text).toMatch(/\| Build wall time \| 10.0 s \(10.0 s, 10.0 s\) \| 20.0 s \(20.0 s, 20.0 s\) \| 10.0 s \(10.0 s, 10.0 s\) \| 0.50× \| 1.00× \|/);
    expect(text).not.toContain('bench:start');
  });
  it('judges the editing times against their targets', () => {
    const text = renderReport({ ...report, editing: { policies: 20, checkColdMs: 40_000, checkEditedMs: 5_000, firstPageMs: 50_000, renderMs: 300, textEditMs: [1_500, 1_200, 1_000], frontmatterEditMs: [1_500, 4_000, 3_000] } });
    expect(text).toContain('### Editing (20 policies a language)');
    expect(text).toContain('| `npm run check` after editing one policy | 5.00 s | under 10.0 s: met |');
    expect(text).toContain('| Dev server: a policy shown with a paragraph of its text edited (slowest of 3 edits in a row, then each) | 1.50 s (1.50 s, 1.20 s, 1.00 s) | within 2.00 s: met |');
    expect(text).toContain('| Dev server: a policy shown with its title (frontmatter) edited (slowest of 3 edits in a row, then each) | 4.00 s (1.50 s, 4.00 s, 3.00 s) | within 2.00 s: **missed** |');
  });
  it('shows a baseline that failed with its error', () => {
    const failed = structuredClone(report);
    failed.sizes[0]!.sites[1]!.failed = 'Starlight build failed: boom';
    const text = renderReport(failed);
    expect(text).toContain('**Starlight failed to build:**');
    expect(text).toContain('boom');
    expect(text).toMatch(/\| Build wall time \| [^|]+ \| failed \|/);
  });
});
