/** The benchmark's results as the Markdown block of docs/performance.md, with the targets of the issue met or missed. */
import { pageKinds, type Lang, type PageKind, type PageWeight } from './pages.ts';
import { formatBytes, formatCount, formatMs, formatRatio, median, withRuns } from './stats.ts';
import { renderTable, type Align } from './table.ts';

export type SiteId = 'spm' | 'starlight' | 'bare';
export const siteLabels: Record<SiteId, string> = { spm: 'SPM', starlight: 'Starlight', bare: 'Bare Astro' };

export interface RunResult {
  wallMs: number;
  peakRss: number;
  /** Undefined where the log did not show it. */
  pagefindMs: number | undefined;
  bytes: number;
  files: number;
  pagefindBytes: number;
  htmlPages: number;
}

export interface WeightRow {
  kind: PageKind;
  lang: Lang;
  /** Pages of this kind and language. */
  pages: number;
  weight: PageWeight;
}

export interface LargestRow {
  kind: PageKind;
  pages: number;
  file: string;
  bytes: number;
  htmlGz: number;
}

export interface SiteResult {
  site: SiteId;
  runs: RunResult[];
  weights: WeightRow[];
  largest: LargestRow[];
  /** How the Pagefind time was taken. */
  pagefindHow: string;
  /** Why the site could not be built, when it could not. */
  failed?: string | undefined;
}

export interface SizeResult {
  policies: number;
  decisions: number;
  fsh: number;
  /** Policy texts (versions × languages) in the corpus, the pages every site renders. */
  texts: number;
  sites: SiteResult[];
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memory: number;
  os: string;
  loadBefore: number[];
  loadAfter: number[];
}

export interface BenchReport {
  date: string;
  command: string;
  machine: Machine;
  versions: Record<string, string>;
  corpus: { decisionsPerPolicy: number; fshPerPolicy: number; seed: number };
  runs: number;
  sizes: SizeResult[];
  /** Components dropped from the texts for the baselines, with counts. */
  dropped: [string, number][];
  /** What the Policy Unit waits for, at the largest size (with --editing). */
  editing?: Editing;
}

export interface Editing {
  policies: number;
  /** npm run check with an empty cache of readings, then after editing one policy. */
  checkColdMs: number;
  checkEditedMs: number;
  /** The dev server: first page served, one more render, and an edited policy shown, for each of a few edits in a row (of its text, then its title). */
  firstPageMs: number;
  renderMs: number;
  textEditMs: number[];
  frontmatterEditMs: number[];
}

/** The issue's targets for the Policy Unit's edits. */
export const EDITING_TARGETS = { checkMs: 10_000, devEditMs: 2_000 } as const;

function editingTable(e: Editing): string {
  const verdict = (ms: number, target: number) => (ms <= target ? 'met' : '**missed**');
  const editRow = (what: string, times: number[]) => [
    `Dev server: a policy shown with ${what} edited (slowest of ${times.length} edits in a row, then each)`,
    `${formatMs(Math.max(...times))} (${times.map(formatMs).join(', ')})`,
    `within ${formatMs(EDITING_TARGETS.devEditMs)}: ${verdict(Math.max(...times), EDITING_TARGETS.devEditMs)}`,
  ];
  return renderTable(
    ['Step', 'Time', 'Target'],
    [
      ['`npm run check`, cold (no cached readings)', formatMs(e.checkColdMs), '—'],
      ['`npm run check` after editing one policy', formatMs(e.checkEditedMs), `under ${formatMs(EDITING_TARGETS.checkMs)}: ${verdict(e.checkEditedMs, EDITING_TARGETS.checkMs)}`],
      ['Dev server: first page served after start', formatMs(e.firstPageMs), '—'],
      ['Dev server: rendering the policy page again', formatMs(e.renderMs), '—'],
      editRow('a paragraph of its text', e.textEditMs),
      editRow('its title (frontmatter)', e.frontmatterEditMs),
    ],
  );
}

/** The targets of the issue. */
export const TARGETS = { wallVsStarlight: 0.6, sizeVsBare: 1.5, policyPageGz: 15 * 1024, linearity: 1.1 } as const;

const med = (site: SiteResult | undefined, pick: (r: RunResult) => number | undefined): number => {
  const values = (site?.failed ? [] : (site?.runs ?? [])).map(pick).filter((v): v is number => v !== undefined);
  return values.length ? median(values) : Number.NaN;
};
const runsOf = (site: SiteResult | undefined, pick: (r: RunResult) => number | undefined): number[] =>
  (site?.failed ? [] : (site?.runs ?? [])).map(pick).filter((v): v is number => v !== undefined);

/** HTML + CSS + JS a page transfers, gzipped. */
export const transfer = (w: PageWeight): number => w.htmlGz + w.cssGz + w.jsGz;

/** The policy page (current version) that transfers most, over both languages: what the page-weight target judges. */
export function heaviestPolicyPage(site: SiteResult | undefined): WeightRow | undefined {
  return site?.weights.filter((w) => w.kind === 'policy').sort((a, b) => transfer(b.weight) - transfer(a.weight))[0];
}

export type Verdict = 'met' | 'missed' | 'not measured';
export interface TargetRow {
  target: string;
  value: string;
  verdict: Verdict;
}

const verdict = (ok: boolean | undefined): Verdict => (ok === undefined ? 'not measured' : ok ? 'met' : 'missed');
const finite = (n: number) => (Number.isFinite(n) ? n : undefined);

/**
 * The targets, judged at the largest size. The page weight is judged on the heavier
 * of the two representative policy pages (EN, FR) and on the largest policy page's
 * HTML with the same CSS, whichever is more; any script on a policy page misses it.
 */
export function judgeTargets(sizes: readonly SizeResult[]): TargetRow[] {
  const size = sizes.at(-1);
  if (!size) return [];
  const site = (id: SiteId) => size.sites.find((s) => s.site === id);
  const spm = site('spm');
  const wall = finite(med(spm, (r) => r.wallMs) / med(site('starlight'), (r) => r.wallMs));
  const bytes = finite(med(spm, (r) => r.bytes) / med(site('bare'), (r) => r.bytes));
  const memory = [med(spm, (r) => r.peakRss), med(site('starlight'), (r) => r.peakRss)] as const;
  const first = sizes[0]!;
  const perPolicy = (s: SizeResult) => med(s.sites.find((x) => x.site === 'spm'), (r) => r.bytes) / s.policies;
  const growth = sizes.length > 1 ? finite(perPolicy(size) / perPolicy(first)) : undefined;
  const page = heaviestPolicyPage(spm);
  const pageCost = page ? page.weight.htmlGz + page.weight.cssGz : undefined;
  const largest = spm?.largest.find((l) => l.kind === 'policy');
  const worst = pageCost === undefined ? undefined : Math.max(pageCost, largest && page ? largest.htmlGz + page.weight.cssGz : 0);
  const policyPages = spm?.weights.filter((w) => w.kind === 'policy') ?? [];
  const jsFiles = Math.max(0, ...policyPages.map((w) => w.weight.jsFiles));
  const inline = Math.max(0, ...policyPages.map((w) => w.weight.inlineScriptBytes));
  const scripts = [jsFiles ? `loads ${jsFiles} script file${jsFiles === 1 ? '' : 's'}` : '', inline ? `has ${formatBytes(inline)} of inline script` : ''].filter(Boolean).join(' and ');
  const at = `${formatCount(size.policies)} policies`;
  return [
    { target: `Build wall time at ${at} ≤ ${TARGETS.wallVsStarlight} × Starlight's`, value: wall === undefined ? '–' : `${wall.toFixed(2)}×`, verdict: verdict(wall === undefined ? undefined : wall <= TARGETS.wallVsStarlight) },
    { target: `Output size at ${at} ≤ ${TARGETS.sizeVsBare} × the bare Astro floor`, value: bytes === undefined ? '–' : `${bytes.toFixed(2)}×`, verdict: verdict(bytes === undefined ? undefined : bytes <= TARGETS.sizeVsBare) },
    {
      target:
        sizes.length > 1
          ? `Output grows linearly: size per policy at ${formatCount(size.policies)} ≤ ${TARGETS.linearity} × that at ${formatCount(first.policies)}`
          : 'Output grows linearly (needs two sizes)',
      value: growth === undefined ? '–' : `${formatBytes(perPolicy(size))} vs ${formatBytes(perPolicy(first))} a policy (${growth.toFixed(2)}×)`,
      verdict: verdict(growth === undefined ? undefined : growth <= TARGETS.linearity),
    },
    {
      target: `A policy page transfers ≤ ${formatBytes(TARGETS.policyPageGz)} gzipped (HTML + CSS) before search is opened, with no JavaScript`,
      value: worst === undefined ? '–' : `${formatBytes(worst)}; ${scripts || 'no JavaScript'}`,
      verdict: verdict(worst === undefined ? undefined : worst <= TARGETS.policyPageGz && !scripts),
    },
    {
      target: `Peak memory at ${at} below Starlight's`,
      value: Number.isFinite(memory[0]) && Number.isFinite(memory[1]) ? `${formatBytes(memory[0])} vs ${formatBytes(memory[1])}` : '–',
      verdict: verdict(Number.isFinite(memory[0]) && Number.isFinite(memory[1]) ? memory[0] < memory[1] : undefined),
    },
  ];
}

const R: Align = 'right';

function comparisonTable(size: SizeResult): string {
  const present = size.sites.filter((s) => s.site === 'spm' || s.runs.length || s.failed);
  const spm = size.sites.find((s) => s.site === 'spm');
  const starlight = size.sites.find((s) => s.site === 'starlight');
  const bare = size.sites.find((s) => s.site === 'bare');
  const headers = ['', ...present.map((s) => siteLabels[s.site]), ...(starlight ? ['SPM / Starlight'] : []), ...(bare ? ['SPM / bare'] : [])];
  const row = (label: string, pick: (r: RunResult) => number | undefined, format: (n: number) => string, ratios = true, override?: (s: SiteResult) => string | undefined): string[] => [
    label,
    ...present.map((s) => (s.failed ? 'failed' : (override?.(s) ?? withRuns(runsOf(s, pick), format)))),
    ...(starlight ? [ratios ? formatRatio(med(spm, pick), med(starlight, pick)) : ''] : []),
    ...(bare ? [ratios ? formatRatio(med(spm, pick), med(bare, pick)) : ''] : []),
  ];
  const policyPage = (s: SiteResult, lang: Lang) => s.weights.find((w) => w.kind === 'policy' && w.lang === lang)?.weight;
  const pageRow = (lang: Lang): string[] => {
    const cost = (s: SiteResult | undefined) => {
      const w = s && policyPage(s, lang);
      return w ? transfer(w) : Number.NaN;
    };
    return [
      `Policy page, ${lang.toUpperCase()} (HTML + CSS + JS, gz)`,
      ...present.map((s) => {
        const w = policyPage(s, lang);
        return s.failed ? 'failed' : w ? `${formatBytes(transfer(w))} (${formatBytes(w.htmlGz)} + ${formatBytes(w.cssGz)} + ${formatBytes(w.jsGz)})` : '–';
      }),
      ...(starlight ? [formatRatio(cost(spm), cost(starlight))] : []),
      ...(bare ? [formatRatio(cost(spm), cost(bare))] : []),
    ];
  };
  const rows = [
    row('Build wall time', (r) => r.wallMs, formatMs),
    row('Peak memory (process tree)', (r) => r.peakRss, formatBytes),
    row('Output size', (r) => r.bytes, formatBytes),
    row('  of which Pagefind', (r) => r.pagefindBytes, formatBytes),
    row('Output size per policy', (r) => r.bytes / size.policies, formatBytes),
    row('Files', (r) => r.files, formatCount),
    row('HTML pages', (r) => r.htmlPages, formatCount),
    row('Pagefind time', (r) => r.pagefindMs, formatMs, true, (s) => (runsOf(s, (r) => r.pagefindMs).length ? undefined : 'not in the log')),
    pageRow('en'),
    pageRow('fr'),
  ];
  const notes = present.filter((s) => !s.failed).map((s) => `${siteLabels[s.site]}: ${s.pagefindHow}`);
  return `${renderTable(headers, rows, headers.map((_, i) => (i === 0 ? 'left' : R)))}\n\nPagefind time — ${notes.join('; ')}.`;
}

function weightTable(site: SiteResult): string {
  const rows = site.weights.map((w) => [
    pageKinds[w.kind],
    w.lang.toUpperCase(),
    `\`${w.weight.route}\``,
    formatCount(w.pages),
    formatBytes(w.weight.html),
    formatBytes(w.weight.htmlGz),
    w.weight.cssFiles ? `${formatBytes(w.weight.cssGz)} (${w.weight.cssFiles})` : '0',
    w.weight.jsFiles ? `${formatBytes(w.weight.jsGz)} (${w.weight.jsFiles})` : '0',
    w.weight.inlineScripts ? `${w.weight.inlineScripts} (${formatBytes(w.weight.inlineScriptBytes)})` : '0',
    formatBytes(transfer(w.weight)),
  ]);
  const headers = ['Kind', 'Lang', 'Representative page (median size)', 'Pages', 'HTML', 'HTML gz', 'CSS gz (files)', 'JS gz (files)', 'Inline scripts', 'Total gz'];
  return renderTable(headers, rows, ['left', 'left', 'left', R, R, R, R, R, R, R]);
}

function largestTable(site: SiteResult): string {
  const rows = site.largest.map((l) => [pageKinds[l.kind], formatCount(l.pages), `\`${l.file}\``, formatBytes(l.bytes), formatBytes(l.htmlGz)]);
  return renderTable(['Kind', 'Pages (EN + FR)', 'Largest HTML page', 'HTML', 'HTML gz'], rows, ['left', R, 'left', R, R]);
}

export function renderReport(report: BenchReport): string {
  const { machine: m, versions: v } = report;
  const out: string[] = [];
  out.push(`_Written by \`${report.command}\` on ${report.date}. Do not edit between the bench markers: the next run replaces it._`);
  out.push('### Machine and versions');
  out.push(
    [
      `- Machine: ${m.cpus} × ${m.cpuModel}, ${formatBytes(m.memory)} memory, ${m.os}`,
      `- Load average (1, 5, 15 min) before: ${m.loadBefore.map((l) => l.toFixed(2)).join(', ')}; after: ${m.loadAfter.map((l) => l.toFixed(2)).join(', ')}`,
      `- ${Object.entries(v)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ')}`,
      `- Corpus (\`npm run corpus\`, seed ${report.corpus.seed}): per policy ${report.corpus.decisionsPerPolicy} decisions and ${report.corpus.fshPerPolicy} FSH transition rows; each policy in English and French, about 1 in 5 with an older version`,
      `- ${report.runs} cold run${report.runs === 1 ? '' : 's'} a site and size (fresh cache and output folder each); cells show the median, then each run`,
      ...(report.dropped.length ? [`- Dropped from the texts for the baselines (components only SPM has): ${report.dropped.map(([name, n]) => `\`<${name}>\` × ${n}`).join(', ')}`] : []),
    ].join('\n'),
  );
  const targets = judgeTargets(report.sizes);
  if (targets.length) {
    out.push(`### Targets (judged at ${formatCount(report.sizes.at(-1)!.policies)} policies a language)`);
    out.push(renderTable(['Target', 'Measured', 'Verdict'], targets.map((t) => [t.target, t.value, t.verdict === 'met' ? 'met' : t.verdict === 'missed' ? '**missed**' : 'not measured'])));
  }
  if (report.editing) {
    out.push(`### Editing (${formatCount(report.editing.policies)} policies a language)`);
    out.push(editingTable(report.editing));
  }
  for (const size of report.sizes) {
    out.push(`### ${formatCount(size.policies)} policies a language (${formatCount(size.decisions)} decisions, ${formatCount(size.fsh)} transition rows, ${formatCount(size.texts)} policy texts)`);
    out.push(comparisonTable(size));
    for (const site of size.sites) {
      if (site.failed) {
        out.push(`**${siteLabels[site.site]} failed to build:**\n\n\`\`\`text\n${site.failed.trim()}\n\`\`\``);
        continue;
      }
      if (!site.weights.length) continue;
      out.push(`#### ${siteLabels[site.site]}: page weight by kind, ${formatCount(size.policies)} policies`);
      out.push(weightTable(site));
      out.push(largestTable(site));
    }
  }
  return out.join('\n\n');
}
