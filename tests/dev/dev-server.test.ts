/**
 * The dev server shows what the Policy Unit saves, although its data store keeps
 * of a policy text only its classification, and skips entries whose data did not
 * change (content.config.ts): an edited paragraph (and the French flagged for it), an
 * edited title, an edited basis, and a text no longer marked public. The tests run in
 * order. How fast is the benchmark's job (`npm run bench -- --editing`,
 * docs/performance.md); these tests check only that an edit to a text leaves the store
 * alone, which is what keeps it fast.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const PORT = 4397;
const EN = 'policies/iasmn-terms-of-reference/2009.en.mdx';
const FR = 'policies/iasmn-terms-of-reference/2009.fr.mdx';
const page = (path: string) => `http://127.0.0.1:${PORT}${path}`;
// Where the dev server keeps its data store: it rewrites and reloads it whole on every change.
const STORE = join(process.cwd(), '.astro', 'data-store.json');
const storeWritten = () => statSync(STORE).mtimeMs;

let copy: ContentCopy;
let server: ChildProcess;
let log = '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function get(url: string): Promise<{ status: number; html: string } | undefined> {
  try {
    const response = await fetch(url);
    return { status: response.status, html: await response.text() };
  } catch {
    return undefined;
  }
}

/** Polls `url` until `shown` holds, as an editor reloads the page after saving. */
async function until(url: string, shown: (r: { status: number; html: string }) => boolean): Promise<{ status: number; html: string }> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await get(url);
    if (response && shown(response)) return response;
    await sleep(200);
  }
  throw new Error(`${url} never showed the change; the dev server said:\n${log.slice(-3000)}`);
}

beforeAll(async () => {
  copy = copyContent('content');
  // As an editor starts it: Astro serves no pages while it sees Vitest's variables.
  const editor = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
  server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    env: { ...editor, SPM_CONTENT_DIR: copy.root, SPM_CACHE_DIR: join(dirname(copy.root), 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  await until(page('/policies/iasmn-terms-of-reference/'), (r) => r.status === 200);
}, 120_000);

afterAll(() => {
  server?.kill();
});

describe('the dev server, as the Policy Unit edits', () => {
  it('shows an edited paragraph, and leaves the data store alone', async () => {
    const written = storeWritten();
    copy.edit(EN, (t) => t.replace(/^4\. A Steering Group/m, '4. An edited Steering Group'));
    const { html } = await until(page('/policies/iasmn-terms-of-reference/'), (r) => r.html.includes('An edited Steering Group'));
    expect(html).not.toContain('4. A Steering Group');
    await sleep(2000); // Astro saves a changed store half a second after the change.
    expect(storeWritten()).toBe(written);
  }, 90_000);

  it('shows an edited title, and leaves the data store alone', async () => {
    const written = storeWritten();
    copy.edit(EN, (t) => t.replace('title: "Inter-Agency Security Management Network (IASMN): Terms of Reference"', 'title: "IASMN: Terms of Reference, retitled"'));
    const { html } = await until(page('/policies/iasmn-terms-of-reference/'), (r) => r.html.includes('IASMN: Terms of Reference, retitled'));
    // The title is the formal title, stated under the short title that heads the page.
    expect(html).toMatch(/<p class="formal-title"[^>]*>Formal title: <span[^>]*>IASMN: Terms of Reference, retitled/);
    await sleep(2000);
    expect(storeWritten()).toBe(written);
  }, 90_000);

  it('flags the French paragraphs whose English changed, or whose recorded basis was edited', async () => {
    const url = page('/fr/policies/iasmn-terms-of-reference/');
    const flagged = (html: string) => parse(html).querySelectorAll('.para-outdated').map((e) => e.closest('.para')?.id);
    // Paragraph 4's English was edited above.
    expect(flagged((await until(url, (r) => r.status === 200)).html)).toEqual(['p4']);
    copy.edit(FR, (t) => t.replace('"5": Between annual meetings,', '"5": Between the annual meetings,'));
    const { html } = await until(url, (r) => flagged(r.html).length > 1);
    expect(flagged(html)).toEqual(['p4', 'p5']);
  }, 90_000);

  it('stops serving a text that is no longer marked public, which is a change to the data store', async () => {
    const written = storeWritten();
    copy.edit(FR, (t) => t.replace('classification: public', 'classification: internal'));
    const { html } = await until(page('/fr/policies/iasmn-terms-of-reference/'), (r) => r.html.includes('Ce document n’existe pas encore en français'));
    expect(html).not.toContain('Entre les réunions annuelles');
    expect((await get(page('/policies/iasmn-terms-of-reference/')))?.html).toContain('An edited Steering Group');
    // The page may show it first (pages check the file too); the store follows, later
    // still when the machine is busy with other test files. Now and then the dev server's
    // file watcher misses a save that follows closely on another (this one follows the
    // previous test's edit of the same file; seen in 2 of 8 CI runs, with nothing written
    // after two minutes): the editor then saves again, as one would.
    const storeFollows = async () => {
      for (const deadline = Date.now() + 60_000; storeWritten() === written && Date.now() < deadline; ) await sleep(100);
      return storeWritten() > written;
    };
    if (!(await storeFollows())) {
      copy.edit(FR, (t) => `${t}\n`);
      await storeFollows();
    }
    expect(storeWritten()).toBeGreaterThan(written);
  }, 210_000);
});
