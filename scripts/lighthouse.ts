/**
 * npm run lighthouse [-- --dist DIR] [--out FILE] [--runs N] [--page PATH]…: runs Lighthouse
 * on one page of each kind in English and French and records the four category
 * scores (performance, accessibility, best practices, SEO) in docs/lighthouse.md,
 * between its <!-- lighthouse:start --> and <!-- lighthouse:end --> markers, with
 * the audits behind every score below 100.
 *
 * - The site: the built folder given with --dist, else a fresh build into a
 *   temporary folder (never dist/), served by `astro preview` on 127.0.0.1.
 * - Lighthouse is not a dependency of the project: it is installed from the npm
 *   registry on first use into node_modules/.cache/spm-lighthouse/ and run
 *   through its Node API with its default settings (mobile emulation, simulated
 *   throttling), in Debian's Chromium (/usr/bin/chromium, or CHROME_PATH;
 *   installed with apt-get where missing and run as root).
 * - --runs N runs Lighthouse N times on each page and records the median run
 *   (by performance score), which evens out a busy machine's noise.
 * - --page PATH (repeatable) audits only those paths and prints the block
 *   instead of writing the document. The full result of each page is kept as
 *   JSON in node_modules/.cache/spm-lighthouse/reports/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { pagesToAudit, type AuditedPage } from './lighthouse/pages.ts';
import {
  browserVersion,
  CATEGORY_IDS,
  chromiumVersion,
  failedResult,
  medianRun,
  renderBlock,
  replaceBlock,
  resultOf,
  settingsText,
  type Lhr,
  type PageResult,
} from './lighthouse/report.ts';

/** The Lighthouse major version installed and run: the newest, which needs Node ≥ 22.19. */
const LIGHTHOUSE_MAJOR = 13;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'spm-lighthouse');
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface LighthouseFlags {
  port: number;
  output: 'json';
  onlyCategories: string[];
  logLevel: 'error' | 'info' | 'silent';
}
type LighthouseFn = (url: string, flags: LighthouseFlags) => Promise<{ lhr: Lhr } | undefined>;
interface LaunchedChrome {
  port: number;
  kill(): void | Promise<void>;
}
type LaunchFn = (options: { chromePath: string; chromeFlags: string[]; logLevel: 'silent'; handleSIGINT: boolean }) => Promise<LaunchedChrome>;

/** The browser of the run in progress, so that an interrupted run can close it. */
let browser: LaunchedChrome | undefined;

function log(message: string): void {
  console.log(`lighthouse: ${message}`);
}

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/** Debian's Chromium, installed with apt-get where it is missing. */
function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.env.CHROME_PATH || process.getuid?.() !== 0) {
    throw new Error(`no Chromium at ${path}: install Debian's (apt-get install -y chromium) or set CHROME_PATH`);
  }
  log('installing Chromium (apt-get install -y chromium)');
  let install = run('apt-get', ['install', '-y', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!install.ok) {
    run('apt-get', ['update']);
    install = run('apt-get', ['install', '-y', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!install.ok || !existsSync(path)) throw new Error(`could not install Chromium:\n${install.output}`);
  return path;
}

function installedLighthouse(): string | undefined {
  const manifest = join(CACHE, 'node_modules', 'lighthouse', 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return version.split('.')[0] === String(LIGHTHOUSE_MAJOR) ? version : undefined;
}

/** Lighthouse and chrome-launcher (which comes with it), installed into the cache on first use. */
async function loadLighthouse(): Promise<{ lighthouse: LighthouseFn; launch: LaunchFn; version: string }> {
  let version = installedLighthouse();
  if (!version) {
    log(`installing lighthouse@${LIGHTHOUSE_MAJOR} into ${CACHE}`);
    mkdirSync(CACHE, { recursive: true });
    const install = run('npm', ['install', '--prefix', CACHE, '--no-audit', '--no-fund', '--loglevel=error', `lighthouse@${LIGHTHOUSE_MAJOR}`]);
    version = installedLighthouse();
    if (!install.ok || !version) throw new Error(`could not install lighthouse@${LIGHTHOUSE_MAJOR}:\n${install.output}`);
  }
  const requireFromLighthouse = createRequire(join(CACHE, 'node_modules', 'lighthouse', 'package.json'));
  const lighthouseModule = (await import(pathToFileURL(join(CACHE, 'node_modules', 'lighthouse', 'core', 'index.js')).href)) as { default: LighthouseFn };
  const launcherModule = (await import(pathToFileURL(requireFromLighthouse.resolve('chrome-launcher')).href)) as {
    launch?: LaunchFn;
    default?: { launch: LaunchFn };
  };
  const launch = launcherModule.launch ?? launcherModule.default?.launch;
  if (!launch) throw new Error('chrome-launcher has no launch()');
  return { lighthouse: lighthouseModule.default, launch, version };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Astro's preview server on the built folder; resolves once it answers. */
async function preview(dist: string, port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview stopped (exit ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  child.kill();
  throw new Error(`astro preview did not answer on port ${port} within 60 s:\n${output}`);
}

function reportFile(page: AuditedPage): string {
  const slug = page.path.replace(/^\/fr(?=\/)/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
  return join(CACHE, 'reports', `${page.lang}-${slug}.json`);
}

async function auditPage(
  page: AuditedPage,
  origin: string,
  tools: { lighthouse: LighthouseFn; launch: LaunchFn },
  chromePath: string,
): Promise<{ result: PageResult; lhr?: Lhr }> {
  let lastError = '';
  // A fresh browser for every page, and one more try where a run fails outright.
  for (let attempt = 1; attempt <= 2; attempt++) {
    const chrome = await tools.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent', handleSIGINT: false });
    browser = chrome;
    try {
      const runnerResult = await tools.lighthouse(`${origin}${page.path}`, {
        port: chrome.port,
        output: 'json',
        onlyCategories: [...CATEGORY_IDS],
        logLevel: 'error',
      });
      if (!runnerResult) throw new Error('Lighthouse returned no result');
      const { lhr } = runnerResult;
      const result = resultOf(page, lhr);
      if (!result.error || attempt === 2) return { result, lhr };
      lastError = result.error;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    } finally {
      browser = undefined;
      await chrome.kill();
    }
    log(`${page.path}: ${lastError}; trying again`);
  }
  return { result: failedResult(page, lastError) };
}

const SKELETON = `# Lighthouse scores

\`npm run lighthouse\` runs Lighthouse on one page of each kind, in English and French,
and records the four scores here. All 100 is the target; every lower score is explained
below the table.
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      out: { type: 'string', default: 'docs/lighthouse.md' },
      page: { type: 'string', multiple: true },
      runs: { type: 'string', default: '1' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of runs (1 or more), not ${values.runs}`);
  const pages = values.page?.length
    ? values.page.map((path) => pagesToAudit().find((p) => p.path === path) ?? { kind: 'Page', lang: path.startsWith('/fr/') ? ('fr' as const) : ('en' as const), path })
    : pagesToAudit();

  const chromePath = chromiumPath();
  const tools = await loadLighthouse();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // The site's own origin for this run, and an Astro cache of its own so that no other build shares it.
  const env = { ...process.env, SPM_SITE: origin, SPM_CACHE_DIR: join(CACHE, 'astro'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

  let temp: string | undefined;
  let server: ChildProcess | undefined;
  const stop = (): void => {
    void browser?.kill();
    server?.kill();
    if (temp) rmSync(temp, { recursive: true, force: true });
  };
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      stop();
      process.exit(code);
    });
  }
  try {
    let dist: string;
    if (values.dist) {
      dist = resolve(values.dist);
      if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no built site (index.html)`);
    } else {
      temp = mkdtempSync(join(tmpdir(), 'spm-lighthouse-'));
      dist = join(temp, 'dist');
      log(`building the site into ${dist}`);
      const started = Date.now();
      const build = run(process.execPath, [ASTRO, 'build', '--outDir', dist], { env });
      if (!build.ok) throw new Error(`the build failed:\n${build.output}`);
      log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
    }
    server = await preview(dist, port, env);
    log(`astro preview serving ${dist} on ${origin}; Lighthouse ${tools.version}, ${chromePath}`);

    const results: PageResult[] = [];
    let first: Lhr | undefined;
    for (const [i, page] of pages.entries()) {
      const started = Date.now();
      const attempts: { result: PageResult; lhr?: Lhr }[] = [];
      for (let n = 0; n < runs; n++) attempts.push(await auditPage(page, origin, tools, chromePath));
      const result = medianRun(attempts.map((a) => a.result));
      const lhr = attempts.find((a) => a.result === result)?.lhr;
      if (lhr) {
        mkdirSync(join(CACHE, 'reports'), { recursive: true });
        writeFileSync(reportFile(page), JSON.stringify(lhr));
      }
      first ??= lhr;
      results.push(result);
      const scores = CATEGORY_IDS.map((id) => result.scores[id] ?? '–').join(' ');
      const spread = runs > 1 ? ` (performance of the runs: ${attempts.map((a) => a.result.scores.performance ?? '–').join(', ')})` : '';
      log(`[${i + 1}/${pages.length}] ${page.kind} (${page.lang}) ${page.path}: ${scores}${spread} (${Math.round((Date.now() - started) / 1000)} s)${result.error ? ` ${result.error}` : ''}`);
    }

    const block = renderBlock(
      {
        date: new Date().toISOString().slice(0, 10),
        lighthouseVersion: first?.lighthouseVersion ?? tools.version,
        // The full version: the user agent string reduces it to 156.0.0.0.
        chromiumVersion: chromiumVersion(run(chromePath, ['--version']).output) ?? browserVersion(first?.environment?.hostUserAgent) ?? 'unknown',
        server: '`astro preview` on 127.0.0.1 serving a production build',
        settings: `its default settings: ${settingsText(first?.configSettings)}`,
        runs,
      },
      results,
    );
    if (values.page?.length) {
      console.log(`\n${block}`);
    } else {
      const out = resolve(ROOT, values.out);
      const doc = existsSync(out) ? readFileSync(out, 'utf8') : SKELETON;
      writeFileSync(out, replaceBlock(doc, block));
      log(`scores written to ${out}`);
    }
    if (results.some((r) => r.error)) process.exitCode = 1;
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
