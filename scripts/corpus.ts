/**
 * npm run corpus -- --policies N --decisions M --fsh K --out DIR [--seed S] [--force]
 *
 * Writes a synthetic content tree of the site's own content model into DIR, to try
 * the check and the build at the size of a full Manual:
 *   SPM_CONTENT_DIR=DIR npm run check
 *   SPM_CONTENT_DIR=DIR SPM_CACHE_DIR=/tmp/spm-corpus-cache npx astro build
 * The same arguments always write the same bytes. The generator is in scripts/corpus/.
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.ts';
import { writeCorpus, refusal } from './corpus/output.ts';
import { readCli } from './cli.ts';

const USAGE = `Usage: npm run corpus -- --policies N --decisions M --fsh K --out DIR [--seed S] [--force]

Writes a synthetic, valid content tree (placeholder facts, not SPM content) into DIR:
  --policies N   policies, each in English and French (N >= 1; about 1 in 5 has an older, superseded version)
  --decisions M  IASMN decisions in all, about 40 a session
  --fsh K        rows of the FSH -> SPM transition matrix
  --out DIR      where to write; an empty or new folder, never the project's content/
  --seed S       another corpus of the same size (a whole number; default 1)
  --force        write into a non-empty DIR, replacing an earlier corpus there

Then: SPM_CONTENT_DIR=DIR npm run check`;

const cli = readCli(USAGE, () =>
  parseArgs({
    options: {
      policies: { type: 'string' },
      decisions: { type: 'string' },
      fsh: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values,
);
const { values } = cli;
// Declared with its type so that TypeScript knows a call never returns.
const fail: (message: string) => never = cli.fail;

function count(name: 'policies' | 'decisions' | 'fsh' | 'seed', min: number): number {
  const raw = values[name];
  if (raw === undefined) fail(`--${name} is missing`);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)) || Number(raw) < min) fail(`--${name} must be a whole number of ${min} or more (got "${raw}")`);
  return Number(raw);
}

const options = { policies: count('policies', 1), decisions: count('decisions', 0), fsh: count('fsh', 0), seed: count('seed', 0) };
const out = values.out ?? fail('--out is missing');
const problem = refusal(out, values.force);
if (problem) fail(problem);

const started = performance.now();
const files = generateCorpus(options);
const generated = performance.now();
writeCorpus(out, files, values.force);
const written = performance.now();

const under = (folder: string) => files.filter((f) => f.path.startsWith(`${folder}/`));
const texts = under('policies');
const english = texts.filter((f) => f.path.endsWith('.en.mdx')).length;
const rows: [string, number][] = [
  ['policies', new Set(texts.map((f) => f.path.split('/')[1])).size],
  ['policy texts', texts.length],
  ['  English versions', english],
  ['  French translations', texts.length - english],
  ['sessions', under('sessions').length],
  ['decisions', options.decisions],
  ['documents', under('documents').length],
  ['transition rows', under('transition').length],
  ['roles', under('roles').length],
  ['glossary terms', under('glossary').length],
  ['topics', under('topics').length],
  ['manual chapters', under('manual').length],
  ['matrices', under('matrices').length],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`Wrote ${files.length} files to ${out} (seed ${options.seed}):`);
for (const [label, n] of rows) console.log(`  ${label.padEnd(width)}  ${n}`);
console.log(`Generated in ${((generated - started) / 1000).toFixed(1)} s, written in ${((written - generated) / 1000).toFixed(1)} s.`);
console.log(`Check it with: SPM_CONTENT_DIR=${out} npm run check`);
