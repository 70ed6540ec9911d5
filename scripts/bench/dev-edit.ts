/**
 * How long the dev server takes to show an edited policy: start `astro dev` on a
 * content tree, open the policy's page, change its third paragraph on disk, and
 * reload the page as the editor's browser does until the change appears; then again,
 * as an editor saves one change after another. Then the same with its title: an edit
 * to the frontmatter would go through Astro's data store, seconds at this size, were the
 * store to hold the title (content.config.ts). The file is restored afterwards.
 *
 * The browser reloads when the server says so on Vite's HMR channel (a `full-reload`
 * message, once the edited module or the data store has been reloaded), not many times
 * a second: polling would also keep the single-threaded server busy rendering while it
 * should be reloading.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevEditTimes {
  /** From starting the server to the first page served. */
  firstPageMs: number;
  /** One more request for the same page, unchanged. */
  renderMs: number;
  /** From writing an edit to the page showing it, for each of EDITS edits in a row: of the third paragraph, then of the title. */
  textEditMs: number[];
  frontmatterEditMs: number[];
}

/** Edits in a row: the first after start-up can be quicker than the ones that follow. */
const EDITS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The text with `marker` written into it, in its third paragraph or its title. */
type Edit = (text: string, marker: string) => string;
const inParagraph: Edit = (text, marker) => text.replace(/^3\. /m, `3. ${marker} `);
const inTitle: Edit = (text, marker) => text.replace(/^title: "/m, `title: "${marker} `);

/** Vite's HMR channel, as the browser's dev client listens to it: counts the `full-reload` messages. */
async function reloadChannel(port: number): Promise<{ seen: () => number; next: (after: number, timeoutMs: number) => Promise<void>; close: () => void }> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr');
  let count = 0;
  const waiting = new Set<() => void>();
  socket.addEventListener('message', (event) => {
    if ((JSON.parse(String(event.data)) as { type?: string }).type !== 'full-reload') return;
    count += 1;
    for (const wake of waiting) wake();
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', () => reject(new Error(`the dev server's HMR channel on port ${port} did not open`)));
  });
  return {
    seen: () => count,
    // Resolves once more than `after` reloads have been announced, or after the timeout (then the page is fetched anyway).
    next: (after, timeoutMs) =>
      new Promise((resolve) => {
        if (count > after) return resolve();
        const wake = () => {
          if (count <= after) return;
          waiting.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiting.delete(wake);
          resolve();
        }, timeoutMs);
        waiting.add(wake);
      }),
    close: () => socket.close(),
  };
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** `policy` and `version` name an English text whose version is the one at the policy's URL. */
export async function measureDevEdit(contentDir: string, policy: string, version: string, options: { port?: number; cacheDir: string; node: string; astro: string }): Promise<DevEditTimes> {
  const port = options.port ?? 4399;
  const file = join(contentDir, 'policies', policy, `${version}.en.mdx`);
  const url = `http://127.0.0.1:${port}/policies/${policy}/`;
  const start = performance.now();
  const server = spawn(options.node, [options.astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, SPM_CONTENT_DIR: contentDir, SPM_CACHE_DIR: options.cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const original = readFileSync(file, 'utf8');
  try {
    while ((await fetchText(url)) === undefined) await sleep(200);
    const firstPageMs = performance.now() - start;
    const before = performance.now();
    await fetchText(url);
    const renderMs = performance.now() - before;
    const reloads = await reloadChannel(port);
    // Announcements from start-up (the store written after the first sync) are not an edit's.
    await sleep(2_000);
    const editsShown = async (edit: Edit): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 1; i <= EDITS; i++) {
        const marker = `Edited-${i}-${Date.now()}`;
        const edited = edit(original, marker);
        if (!edited.includes(marker)) throw new Error(`${file}: found no place for the benchmark's edit`);
        let handled = reloads.seen();
        writeFileSync(file, edited);
        const written = performance.now();
        for (;;) {
          await reloads.next(handled, 10_000);
          handled = reloads.seen();
          if ((await fetchText(url))?.includes(marker)) break;
        }
        times.push(performance.now() - written);
        // As an editor reads the change before the next one.
        await sleep(1_000);
      }
      return times;
    };
    const textEditMs = await editsShown(inParagraph);
    const frontmatterEditMs = await editsShown(inTitle);
    reloads.close();
    return { firstPageMs, renderMs, textEditMs, frontmatterEditMs };
  } finally {
    writeFileSync(file, original);
    server.kill();
  }
}
