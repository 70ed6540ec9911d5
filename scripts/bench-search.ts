/**
 * npm run bench:search -- [--site DIR] [--out docs/performance.md]
 *
 * What the search page transfers, in Chromium, from opening it with a query to
 * its first results, on a built site (default dist/: run `npm run build` first,
 * or point --site at a generated corpus's output kept by `npm run bench -- --keep`).
 * Each page is opened cold, in a fresh browser page. The results replace the
 * search block of docs/performance.md, beside the transfer before the page had
 * its own interface.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.ts';
import { readCli } from './cli.ts';
import { measureSearch, type Transfer } from './bench/search-transfer.ts';
import { formatBytes } from './bench/stats.ts';
import { renderTable, replaceBlock } from './bench/table.ts';
import { serveSite } from './static-server.ts';

/** The budget for the search page with its first query, compressed (issue 17). */
export const BUDGET = 120 * 1024;
/**
 * Measured on 2026-12-05 on the real content, the search page with Pagefind's
 * Component UI and a first query ("Designated Official"), as issue 17 reports it.
 */
const BEFORE = '203 KB, 21 requests';

const QUERIES = ['/search/?q=Designated+Official', '/search/?q=security', '/fr/search/?q=responsable+d%C3%A9sign%C3%A9', '/fr/search/?q=s%C3%A9curit%C3%A9'];

const USAGE = `Usage: npm run bench:search -- [options]

Measures in Chromium what the search page transfers with its first query, and writes docs/performance.md.
  --site DIR   the built site to measure (default dist/)
  --out FILE   report to write (default docs/performance.md; "-" prints it only)`;

const { values: args, fail } = readCli(USAGE, () =>
  parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'docs/performance.md' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values,
);
const site = resolve(args.site);
if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) fail(`${args.site} has no built site with a search index: run \`npm run build\` first.`);

const [server, browser] = await Promise.all([serveSite(site), launchChromium()]);
const rows: Transfer[] = [];
try {
  for (const path of QUERIES) for (const width of [375, 1280]) rows.push(await measureSearch(browser, server.origin, path, width));
} finally {
  await browser.close();
  await server.close();
}

const kb = (n: number) => formatBytes(n);
const table = renderTable(
  ['Search page and first query', 'Screen', 'Requests', 'Page, style, script', 'Pagefind engine', 'Index', 'Results', 'Total', `Within ${kb(BUDGET)}`],
  rows.map((r) => [`\`${decodeURIComponent(r.path)}\``, `${r.width} px`, String(r.requests), kb(r.parts.page + r.parts.style + r.parts.script), kb(r.parts.engine), kb(r.parts.index), kb(r.parts.results + r.parts.other), kb(r.bytes), r.bytes <= BUDGET ? 'yes' : '**no**']),
  ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
);
const block = `## Search transfer

Measured by \`npm run bench:search\` (scripts/bench-search.ts) on ${relative(process.cwd(), site) || '.'}, ${new Date().toISOString().slice(0, 10)}: every request from opening the search page with a query to its first results, on a phone's screen and a desktop's (where the filters beside the results load at once), each at its compressed size (text gzipped at zlib's default level; Pagefind's index, results and WASM as they are, compressed already). Before the page had its own interface (Pagefind's Component UI), the same measure gave ${BEFORE} for \`/search/?q=Designated+Official\`.

${table}`;

if (args.out === '-') console.log(block);
else {
  const file = resolve(args.out);
  writeFileSync(file, replaceBlock(existsSync(file) ? readFileSync(file, 'utf8') : '', block, '', 'bench-search'));
  console.log(`${block}\n\n[bench:search] Written to ${relative(process.cwd(), file)}.`);
}
if (rows.some((r) => r.bytes > BUDGET)) process.exitCode = 1;
