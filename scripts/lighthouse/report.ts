/**
 * Pure helpers of `npm run lighthouse`: the four category scores and the audits
 * that cost points, read from a Lighthouse result (LHR), and the Markdown block
 * of docs/lighthouse.md that records them.
 */
import type { AuditedPage } from './pages.ts';

/** The parts of a Lighthouse result (LHR) that the report reads. */
export interface Lhr {
  lighthouseVersion: string;
  fetchTime?: string;
  requestedUrl?: string;
  finalDisplayedUrl?: string;
  environment?: { hostUserAgent?: string; benchmarkIndex?: number };
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  configSettings?: LhrSettings;
  categories: Record<string, LhrCategory | undefined>;
  audits: Record<string, LhrAudit | undefined>;
}

export interface LhrSettings {
  formFactor?: string;
  throttlingMethod?: string;
  throttling?: { rttMs?: number; throughputKbps?: number; cpuSlowdownMultiplier?: number };
}

export interface LhrCategory {
  id: string;
  title: string;
  score: number | null;
  auditRefs: { id: string; weight: number; group?: string }[];
}

export interface LhrAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}

export const CATEGORIES = [
  { id: 'performance', label: 'Performance' },
  { id: 'accessibility', label: 'Accessibility' },
  { id: 'best-practices', label: 'Best practices' },
  { id: 'seo', label: 'SEO' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export const CATEGORY_IDS: CategoryId[] = CATEGORIES.map((c) => c.id);

export interface FailingAudit {
  id: string;
  title: string;
  /** 0–1, as Lighthouse scores an audit. */
  score: number;
  /** The category weight of the audit. */
  weight: number;
  displayValue?: string;
}

export interface PageResult {
  page: AuditedPage;
  /** 0–100, or null where Lighthouse could not score the category. */
  scores: Record<CategoryId, number | null>;
  failing: Record<CategoryId, FailingAudit[]>;
  /** Lighthouse's measure of the host's CPU speed during the run (higher is faster). */
  benchmarkIndex?: number;
  /** Why the page has no result (Lighthouse's runtime error, or a failure to run it). */
  error?: string;
}

/** A category's score on Lighthouse's 0–100 scale, or null where it has none. */
export function categoryScore(lhr: Lhr, category: string): number | null {
  const score = lhr.categories[category]?.score;
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

/**
 * The audits that cost a category points: those that weigh in it (weight > 0)
 * and scored below 1, heaviest first. Not-applicable, informative and manual
 * audits have no score and so never count.
 */
export function failingAudits(lhr: Lhr, category: string): FailingAudit[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const failing: FailingAudit[] = [];
  for (const ref of refs) {
    if (!(ref.weight > 0)) continue;
    const audit = lhr.audits[ref.id];
    if (!audit || typeof audit.score !== 'number' || audit.score >= 1) continue;
    failing.push({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      weight: ref.weight,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
    });
  }
  return failing.sort((a, b) => b.weight - a.weight);
}

function perCategory<T>(value: (id: CategoryId) => T): Record<CategoryId, T> {
  return Object.fromEntries(CATEGORY_IDS.map((id) => [id, value(id)])) as Record<CategoryId, T>;
}

/** A page's four scores and the audits behind every score below 100. */
export function resultOf(page: AuditedPage, lhr: Lhr): PageResult {
  const result: PageResult = {
    page,
    scores: perCategory((id) => categoryScore(lhr, id)),
    failing: perCategory((id) => failingAudits(lhr, id)),
  };
  const benchmarkIndex = lhr.environment?.benchmarkIndex;
  if (typeof benchmarkIndex === 'number') result.benchmarkIndex = benchmarkIndex;
  if (lhr.runtimeError) result.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  return result;
}

/** A page that Lighthouse could not audit at all. */
export function failedResult(page: AuditedPage, error: string): PageResult {
  return { page, scores: perCategory(() => null), failing: perCategory(() => []), error };
}

/**
 * Of several runs of one page, the one with the median performance score (the
 * higher middle one of an even number); a run without a score counts as lowest.
 */
export function medianRun(runs: readonly PageResult[]): PageResult {
  if (runs.length === 0) throw new Error('no runs to take the median of');
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The browser version in a user agent string ("… HeadlessChrome/126.0.1.2 …" → "126.0.1.2"). */
export function browserVersion(userAgent: string | undefined): string | undefined {
  return /(?:Headless)?Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent ?? '')?.[1];
}

/** Lighthouse's settings in words, e.g. "mobile emulation, simulated throttling (150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown)". */
export function settingsText(settings: LhrSettings | undefined): string {
  const device = settings?.formFactor ? `${settings.formFactor} emulation` : 'default device emulation';
  const method = settings?.throttlingMethod;
  if (!method || method === 'provided') return `${device}, no throttling`;
  const t = settings.throttling ?? {};
  const details = [
    t.rttMs !== undefined ? `${t.rttMs} ms RTT` : undefined,
    t.throughputKbps !== undefined ? `${Math.round(t.throughputKbps / 100) / 10} Mbit/s` : undefined,
    t.cpuSlowdownMultiplier !== undefined ? `${t.cpuSlowdownMultiplier}× CPU slowdown` : undefined,
  ].filter((d) => d !== undefined);
  return `${device}, ${method === 'simulate' ? 'simulated' : method === 'devtools' ? 'DevTools' : method} throttling${details.length ? ` (${details.join(', ')})` : ''}`;
}

/** The version in `chromium --version` output ("Chromium 126.0.6478.126 built on Debian …" → "126.0.6478.126"). */
export function chromiumVersion(versionOutput: string): string | undefined {
  return /Chrom(?:e|ium) ([\d.]+)/.exec(versionOutput)?.[1];
}

export interface RunInfo {
  /** YYYY-MM-DD */
  date: string;
  lighthouseVersion: string;
  chromiumVersion: string;
  /** How the site was served, e.g. "`astro preview` on 127.0.0.1". */
  server: string;
  /** Lighthouse's settings in words, e.g. "mobile emulation, simulated throttling". */
  settings: string;
  /** Runs per page; with more than one, each row is the median run. */
  runs: number;
}

export const START = '<!-- lighthouse:start -->';
export const END = '<!-- lighthouse:end -->';

/** Text for one Markdown table cell or list item: no line breaks, pipes escaped. */
export function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function scoreCell(score: number | null): string {
  if (score === null) return 'error';
  return score < 100 ? `**${score}**` : String(score);
}

function pageName(page: AuditedPage): string {
  return `${page.kind} (${page.lang.toUpperCase()})`;
}

function auditText(audit: FailingAudit): string {
  return inline(audit.displayValue ? `${audit.title} (${audit.displayValue})` : audit.title);
}

/** The lines that explain one page's scores below 100, or none where all are 100. */
export function belowHundred(result: PageResult): string[] {
  const parts: string[] = [];
  for (const { id, label } of CATEGORIES) {
    const score = result.scores[id];
    if (score === 100) continue;
    if (score === null) {
      parts.push(`${label}: no score`);
      continue;
    }
    const audits = result.failing[id];
    parts.push(`${label} ${score}: ${audits.length ? audits.map(auditText).join('; ') : 'no weighted audit below 1 (rounding)'}`);
  }
  if (result.error) parts.push(`error: ${inline(result.error)}`);
  if (parts.length === 0) return [];
  return [`- ${pageName(result.page)} \`${result.page.path}\` — ${parts.join(' — ')}`];
}

/** The generated block of docs/lighthouse.md, markers included. */
export function renderBlock(run: RunInfo, results: readonly PageResult[]): string {
  const header = `| Page | Language | Path | ${CATEGORIES.map((c) => c.label).join(' | ')} |`;
  const rule = `| --- | --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`;
  const rows = results.map(
    (r) => `| ${inline(r.page.kind)} | ${r.page.lang.toUpperCase()} | \`${r.page.path}\` | ${CATEGORY_IDS.map((id) => scoreCell(r.scores[id])).join(' | ')} |`,
  );
  const scores = results.flatMap((r) => CATEGORY_IDS.map((id) => r.scores[id]));
  const perfect = scores.filter((s) => s === 100).length;
  const below = results.flatMap(belowHundred);
  const indexes = results.flatMap((r) => (r.benchmarkIndex === undefined ? [] : [Math.round(r.benchmarkIndex)]));
  const notes = [
    run.runs > 1 ? `Each row is the median of ${run.runs} runs of the page, by performance score.` : undefined,
    indexes.length
      ? `The host's BenchmarkIndex (Lighthouse's measure of CPU speed, higher is faster) ranged from ${Math.min(...indexes)} to ${Math.max(...indexes)}.`
      : undefined,
  ].filter((n) => n !== undefined);
  return [
    START,
    '<!-- Generated by `npm run lighthouse`; edits between these markers are overwritten. -->',
    '',
    `Run on ${run.date} with Lighthouse ${run.lighthouseVersion} (${run.settings}) in Chromium ${run.chromiumVersion}, against ${run.server}.`,
    ...notes,
    `${perfect} of ${scores.length} scores are 100.`,
    '',
    header,
    rule,
    ...rows,
    '',
    '### Audits behind each score below 100',
    '',
    ...(below.length ? below : ['None: every score is 100.']),
    END,
  ].join('\n');
}

/**
 * The document with its generated block replaced (text around the markers is kept),
 * or with the block appended where it has none yet.
 */
export function replaceBlock(doc: string, block: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 && end === -1) return `${doc.replace(/\n*$/, '')}\n\n${block}\n`;
  if (start === -1 || end === -1 || end < start) throw new Error(`the document has ${START} and ${END} out of order or only one of them`);
  return doc.slice(0, start) + block + doc.slice(end + END.length);
}
