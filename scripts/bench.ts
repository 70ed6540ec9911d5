/**
 * npm run bench -- [--sizes 200,1000] [--runs 2] [--starlight] [--bare] [--out docs/performance.md] [--keep DIR]
 *
 * Builds the generated corpus (scripts/corpus/) at each size, cold, `runs` times,
 * and measures each build as a child process: wall time, peak memory of the whole
 * process tree, output size and files, Pagefind time, and the weight of a
 * representative page of each kind (HTML, CSS, JS, gzipped). With --starlight and
 * --bare it builds the same policy texts with Astro Starlight and with bare Astro +
 * MDX + Pagefind (installed into a temporary folder from the npm registry, never
 * project dependencies) and prints the ratios. The results replace the marked block
 * of docs/performance.md. Helpers are in scripts/bench/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem, type as osType } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './corpus/generate.ts';
import { writeCorpus } from './corpus/output.ts';
import { bareFiles, barePackage, droppedComponents, policyTexts, starlightFiles, starlightPackage, type PolicyText, type SourceFile, type Versions } from './bench/baselines.ts';
import { measureDevEdit } from './bench/dev-edit.ts';
import { SPM_PAGEFIND_LINE, starlightPagefindMs, stepMs } from './bench/logs.ts';
import { runMeasured, tail, type Measured } from './bench/measure.ts';
import { siteStats, type SiteStats } from './bench/output.ts';
import { medianPage, pageKinds, pageWeight, type Lang, type PageKind } from './bench/pages.ts';
import { canSample } from './bench/proc.ts';
import { renderReport, siteLabels, type BenchReport, type Editing, type LargestRow, type RunResult, type SiteId, type SiteResult, type SizeResult, type WeightRow } from './bench/report.ts';
import { formatBytes, formatMs } from './bench/stats.ts';
import { replaceBlock } from './bench/table.ts';
import { realish, within } from './paths.ts';
import { readCli } from './cli.ts';

/** Newest Starlight release whose peer range includes Astro 7 (0.42.x needs astro ^7.2.10). */
const STARLIGHT_VERSION = '0.42.4';
const ROOT = resolve(import.meta.dirname, '..');

const USAGE = `Usage: npm run bench -- [options]

Builds the generated corpus cold at each size and writes the results to docs/performance.md.
  --sizes A,B          policies a language at each size (default 200,1000)
  --runs N             cold builds of each site at each size (default 2)
  --starlight          also build the policy texts with Astro Starlight ${STARLIGHT_VERSION}
  --bare               also build them with bare Astro + MDX + Pagefind (the floor)
  --editing            at the largest size, also time npm run check (cold, then after one edit)
                       and the dev server showing an edited policy
  --decisions-per-policy D   decisions in the corpus per policy (default 4)
  --fsh-per-policy F   FSH transition rows per policy (default 0.5)
  --seed S             corpus seed (default 1)
  --starlight-version V      another Starlight version to install
  --out FILE           report to write (default docs/performance.md; "-" prints it only)
  --keep DIR           put the trees (corpus, outputs, baseline sites and their node_modules) in DIR and keep them;
                       a later run reuses the installs there. Default: a temporary folder, removed at the end.

Measure on an idle machine: other work on the cores changes every number.`;

const cli = readCli(USAGE, () =>
  parseArgs({
    options: {
      sizes: { type: 'string', default: '200,1000' },
      runs: { type: 'string', default: '2' },
      starlight: { type: 'boolean', default: false },
      bare: { type: 'boolean', default: false },
      editing: { type: 'boolean', default: false },
      'decisions-per-policy': { type: 'string', default: '4' },
      'fsh-per-policy': { type: 'string', default: '0.5' },
      seed: { type: 'string', default: '1' },
      'starlight-version': { type: 'string', default: STARLIGHT_VERSION },
      out: { type: 'string', default: 'docs/performance.md' },
      keep: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values,
);
const { values: args } = cli;
// Declared with its type so that TypeScript knows a call never returns.
const fail: (message: string) => never = cli.fail;

const number = (name: string, raw: string, min: number, whole = true): number => {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || (whole && !Number.isInteger(n))) fail(`--${name} must be a ${whole ? 'whole ' : ''}number of ${min} or more (got "${raw}")`);
  return n;
};
const sizes = [...new Set(args.sizes.split(',').map((s) => number('sizes', s, 1)))].sort((a, b) => a - b);
const runs = number('runs', args.runs, 1);
const decisionsPerPolicy = number('decisions-per-policy', args['decisions-per-policy'], 0, false);
const fshPerPolicy = number('fsh-per-policy', args['fsh-per-policy'], 0, false);
const seed = number('seed', args.seed, 0);
if (!canSample()) fail('The benchmark reads memory from /proc, so it runs on Linux only.');

// ---------------------------------------------------------------- where things go

if (args.keep !== undefined && within(realish(args.keep), realpathSync(ROOT))) fail(`--keep ${args.keep} is inside the project; the trees must stay out of it (the build and the type check read it). Choose a folder such as /tmp/spm-bench.`);
const work = args.keep !== undefined ? resolve(args.keep) : mkdtempSync(join(tmpdir(), 'spm-bench-'));
mkdirSync(join(work, 'logs'), { recursive: true });

const NODE = process.execPath;
const childEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(NODE)}${delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  delete env.SPM_CONTENT_DIR;
  delete env.SPM_CACHE_DIR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
};

const packageVersion = (dir: string, name: string): string => {
  try {
    return (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
};

const say = (message: string) => console.log(`[bench] ${message}`);

function writeFiles(root: string, files: readonly SourceFile[]): void {
  for (const folder of new Set(files.map((f) => dirname(join(root, f.path))))) mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(join(root, file.path), file.text);
}

/** Installs a baseline site's packages unless the same package.json is installed there already. */
function ensureInstalled(site: string, packageJson: string, main: string): void {
  mkdirSync(site, { recursive: true });
  const file = join(site, 'package.json');
  if (existsSync(file) && readFileSync(file, 'utf8') === packageJson && existsSync(join(site, 'node_modules', main, 'package.json'))) {
    say(`${site}: packages already installed`);
    return;
  }
  writeFileSync(file, packageJson);
  say(`${site}: npm install (${Object.entries((JSON.parse(packageJson) as { dependencies: Record<string, string> }).dependencies).map(([n, v]) => `${n}@${v}`).join(', ')}) ...`);
  const started = performance.now();
  const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: site, env: childEnv(), encoding: 'utf8', timeout: 900_000 });
  if (run.status !== 0) throw new Error(`npm install failed in ${site}:\n${run.stdout}\n${run.stderr}${run.error ? `\n${run.error.message}` : ''}`);
  say(`installed in ${formatMs(performance.now() - started)}`);
}

// ---------------------------------------------------------------- versions

const baselineVersions: Versions = {
  astro: packageVersion(ROOT, 'astro'),
  mdx: packageVersion(ROOT, '@astrojs/mdx'),
  pagefind: packageVersion(ROOT, 'pagefind'),
  starlight: args['starlight-version'],
};
const sites: SiteId[] = ['spm', ...(args.starlight ? (['starlight'] as const) : []), ...(args.bare ? (['bare'] as const) : [])];
const starlightDir = join(work, 'starlight');
const bareDir = join(work, 'bare');
const loadBefore = loadavg();
if (args.starlight) ensureInstalled(starlightDir, starlightPackage(baselineVersions), '@astrojs/starlight');
if (args.bare) ensureInstalled(bareDir, barePackage(baselineVersions), 'astro');

// ---------------------------------------------------------------- building and measuring

interface Built {
  run: RunResult;
  outDir: string;
  stats: SiteStats;
}

function check(run: Measured, what: string, logFile: string): void {
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status ?? run.signal}); log: ${logFile}\n${tail(run)}`);
}

const fresh = (...paths: string[]) => {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
};

/** npm run check on a tree, with the project's cache of readings in its own folder; the time to exit. */
function timeCheck(content: string, cacheDir: string): number {
  const started = performance.now();
  const run = spawnSync(NODE, [join(ROOT, 'scripts', 'check.ts')], { cwd: ROOT, env: childEnv({ SPM_CONTENT_DIR: content, SPM_CHECK_CACHE: cacheDir }), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run check failed on ${content}:\n${run.stdout}\n${run.stderr}`);
  return performance.now() - started;
}

/** What the Policy Unit waits for at this size: the check cold and after one edit, and the dev server showing an edit. */
async function measureEditing(content: string, size: number): Promise<Editing> {
  const cacheDir = join(work, `check-cache-${size}`);
  fresh(cacheDir);
  say(`${size} policies: npm run check, cold ...`);
  const checkColdMs = timeCheck(content, cacheDir);
  // The policy whose current English text is the first in the tree, edited in its third paragraph.
  const policy = readdirSync(join(content, 'policies')).sort()[0]!;
  const version = readdirSync(join(content, 'policies', policy)).filter((f) => f.endsWith('.en.mdx')).sort().at(-1)!.replace('.en.mdx', '');
  const file = join(content, 'policies', policy, `${version}.en.mdx`);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(/^3\. /m, '3. Edited for the benchmark. '));
  say(`${size} policies: npm run check after editing ${policy} ...`);
  const checkEditedMs = timeCheck(content, cacheDir);
  writeFileSync(file, original);
  say(`${size} policies: dev server, editing ${policy} ...`);
  const dev = await measureDevEdit(content, policy, version, { cacheDir: join(work, `dev-cache-${size}`), node: NODE, astro: join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs') });
  return { policies: size, checkColdMs, checkEditedMs, ...dev };
}

async function buildSpm(content: string, size: number, n: number): Promise<Built> {
  const base = join(work, `spm-${size}`);
  const outDir = join(base, 'dist');
  const cache = join(base, 'cache');
  const checkCache = join(base, 'check-cache');
  fresh(outDir, cache, checkCache);
  const logFile = join(work, 'logs', `${size}-spm-${n}.log`);
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = await runMeasured(NODE, [astro, 'build', '--outDir', outDir], { cwd: ROOT, env: childEnv({ SPM_CONTENT_DIR: content, SPM_CACHE_DIR: cache, SPM_CHECK_CACHE: checkCache }), logFile });
  check(run, 'SPM build', logFile);
  const stats = siteStats(outDir);
  return { outDir, stats, run: result(run.wallMs, run.peakRss, stepMs(run.lines, SPM_PAGEFIND_LINE), stats) };
}

/** A cold `astro build` of a baseline site in `site`: no output, cache or Vite state left from an earlier run. */
async function coldBaselineBuild(site: string, label: string, logFile: string): Promise<Measured> {
  fresh(join(site, 'dist'), join(site, '.bench-cache'), join(site, '.astro'), join(site, 'node_modules', '.astro'), join(site, 'node_modules', '.vite'));
  const run = await runMeasured(NODE, [join(site, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: site, env: childEnv(), logFile });
  check(run, label, logFile);
  return run;
}

async function buildStarlight(size: number, n: number): Promise<Built> {
  const outDir = join(starlightDir, 'dist');
  const run = await coldBaselineBuild(starlightDir, 'Starlight build', join(work, 'logs', `${size}-starlight-${n}.log`));
  const stats = siteStats(outDir);
  return { outDir, stats, run: result(run.wallMs, run.peakRss, starlightPagefindMs(run.lines), stats) };
}

async function buildBare(size: number, n: number): Promise<Built> {
  const outDir = join(bareDir, 'dist');
  const build = await coldBaselineBuild(bareDir, 'Bare Astro build', join(work, 'logs', `${size}-bare-${n}.log`));
  const indexLog = join(work, 'logs', `${size}-bare-${n}-pagefind.log`);
  const index = await runMeasured(NODE, [join(bareDir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', 'dist'], { cwd: bareDir, env: childEnv(), logFile: indexLog });
  check(index, 'Pagefind on the bare site', indexLog);
  const stats = siteStats(outDir);
  return { outDir, stats, run: result(build.wallMs + index.wallMs, Math.max(build.peakRss, index.peakRss), index.wallMs, stats) };
}

function result(wallMs: number, peakRss: number, pagefindMs: number | undefined, stats: SiteStats): RunResult {
  return { wallMs, peakRss, pagefindMs, bytes: stats.bytes, files: stats.files, pagefindBytes: stats.pagefindBytes, htmlPages: stats.pages.length };
}

const LANGS: Lang[] = ['en', 'fr'];
const SKIPPED: PageKind[] = ['not-found', 'other'];

/** A representative page (median size) of each kind and language, and the largest page of each kind. */
function pageTables(built: Built): { weights: WeightRow[]; largest: LargestRow[] } {
  const cache = new Map<string, number>();
  const imported = new Map<string, string[]>();
  const weights: WeightRow[] = [];
  const largest: LargestRow[] = [];
  for (const kind of Object.keys(pageKinds) as PageKind[]) {
    if (SKIPPED.includes(kind)) continue;
    const ofKind = built.stats.pages.filter((p) => p.kind === kind);
    if (!ofKind.length) continue;
    for (const lang of LANGS) {
      const pages = ofKind.filter((p) => p.lang === lang);
      const page = medianPage(pages);
      if (page) weights.push({ kind, lang, pages: pages.length, weight: pageWeight(built.outDir, page.file, cache, imported) });
    }
    const top = ofKind.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    largest.push({ kind, pages: ofKind.length, file: top.file, bytes: top.bytes, htmlGz: gzipSync(readFileSync(join(built.outDir, top.file))).length });
  }
  for (const w of weights) if (w.weight.missing.length) say(`warning: ${w.weight.route} links files missing from the output: ${w.weight.missing.join(', ')}`);
  return { weights, largest };
}

const pagefindHow: Record<SiteId, string> = {
  spm: 'from the arrival times of the log lines before and of the `[spm:pagefind]` line, part of the build time',
  starlight: 'as its own log reports it, part of the build time',
  bare: 'the Pagefind CLI run after the build, added to the build time',
};

// ---------------------------------------------------------------- the runs

const results: SizeResult[] = [];
let editing: Editing | undefined;
let allTexts: PolicyText[] = [];
try {
  for (const size of sizes) {
    const options = { policies: size, decisions: Math.round(size * decisionsPerPolicy), fsh: Math.round(size * fshPerPolicy), seed };
    const content = join(work, `corpus-${size}`);
    say(`corpus: ${options.policies} policies, ${options.decisions} decisions, ${options.fsh} transition rows -> ${content}`);
    const files = generateCorpus(options);
    writeCorpus(content, files, true);
    const texts = policyTexts(files);
    allTexts = texts;
    if (args.starlight) {
      fresh(join(starlightDir, 'src'));
      writeFiles(starlightDir, starlightFiles(texts));
    }
    if (args.bare) {
      fresh(join(bareDir, 'src'));
      writeFiles(bareDir, bareFiles(texts));
    }
    const siteResults = new Map<SiteId, SiteResult>(sites.map((site) => [site, { site, runs: [], weights: [], largest: [], pagefindHow: pagefindHow[site] }]));
    for (let n = 1; n <= runs; n++) {
      for (const site of sites) {
        const entry = siteResults.get(site)!;
        if (entry.failed) continue;
        say(`${size} policies, run ${n}/${runs}: ${siteLabels[site]} ...`);
        let built: Built;
        try {
          built = site === 'spm' ? await buildSpm(content, size, n) : site === 'starlight' ? await buildStarlight(size, n) : await buildBare(size, n);
        } catch (error) {
          if (site === 'spm') throw error;
          entry.failed = (error as Error).message;
          say(`${siteLabels[site]} failed: ${entry.failed.split('\n')[0]}`);
          continue;
        }
        const r = built.run;
        say(`  ${formatMs(r.wallMs)}, peak ${formatBytes(r.peakRss)}, ${formatBytes(r.bytes)} in ${r.files} files, Pagefind ${r.pagefindMs === undefined ? '?' : formatMs(r.pagefindMs)}`);
        entry.runs.push(r);
        if (n === runs) Object.assign(entry, pageTables(built));
      }
    }
    results.push({ policies: options.policies, decisions: options.decisions, fsh: options.fsh, texts: texts.length, sites: [...siteResults.values()] });
    if (args.editing && size === sizes.at(-1)) editing = await measureEditing(content, size);
  }
} catch (error) {
  console.error(`[bench] ${(error as Error).message}\n[bench] The trees and logs are kept in ${work}.`);
  process.exit(1);
}

// ---------------------------------------------------------------- the report

const cpuList = cpus();
const versions: Record<string, string> = {
  Node: process.version,
  Astro: baselineVersions.astro,
  '@astrojs/mdx': baselineVersions.mdx,
  Pagefind: baselineVersions.pagefind,
};
if (args.starlight) {
  versions.Starlight = packageVersion(starlightDir, '@astrojs/starlight');
  versions['Astro (Starlight site)'] = packageVersion(starlightDir, 'astro');
}
if (args.bare) versions['Astro (bare site)'] = packageVersion(bareDir, 'astro');
const report: BenchReport = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  machine: {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown CPU',
    memory: totalmem(),
    os: `${osType()} ${release()} (${platform()})`,
    loadBefore,
    loadAfter: loadavg(),
  },
  versions,
  corpus: { decisionsPerPolicy, fshPerPolicy, seed },
  runs,
  sizes: results,
  dropped: args.starlight || args.bare ? [...droppedComponents(allTexts)] : [],
  ...(editing && { editing }),
};
const block = renderReport(report);
writeFileSync(join(work, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
if (args.out === '-') console.log(block);
else {
  const file = resolve(ROOT, args.out);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, replaceBlock(before, block, '# Performance\n\nMeasured by `npm run bench` (scripts/bench.ts).'));
  console.log(`${block}\n\n[bench] Written to ${relative(process.cwd(), file) || file}.`);
}
if (args.keep === undefined) rmSync(work, { recursive: true, force: true });
else say(`trees, logs and results.json kept in ${work}`);
