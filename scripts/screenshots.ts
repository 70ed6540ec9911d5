/**
 * npm run screenshots -- [--update] [--site DIR] [--out DIR]
 *
 * The reference screenshots in tests/screenshots/: one page of each kind
 * (tests/page-kinds.ts) at a phone's and a desktop's width, the first 1,200 px of
 * each. Without --update it shoots the built site (default dist/) again and shows
 * what changed since the references: for each page that differs, an image of the
 * reference, the new shot and the changed pixels in red, side by side, in --out
 * (default a temporary folder), and a list with the share of pixels changed. A
 * reviewer runs it on a pull request; --update makes the new shots the references.
 * Chromium compares the images itself (a canvas), so no image library is needed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { pageKinds, screenshotHeight as HEIGHT, screenshotName, screenshotWidths } from '../tests/page-kinds.ts';
import { launchChromium } from './chromium.ts';
import { readCli } from './cli.ts';
import { serveSite } from './static-server.ts';

const REFERENCES = resolve(import.meta.dirname, '..', 'tests', 'screenshots');

const USAGE = `Usage: npm run screenshots -- [options]

Shoots one page of each kind at ${screenshotWidths.join(' and ')} px and compares the shots with tests/screenshots/.
  --update     make the new shots the references
  --site DIR   the built site (default dist/)
  --out DIR    where to write the images of what changed (default a temporary folder)`;

const { values: args, fail } = readCli(USAGE, () =>
  parseArgs({
    options: {
      update: { type: 'boolean', default: false },
      site: { type: 'string', default: 'dist' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values,
);
if (!existsSync(join(args.site, 'index.html'))) fail(`${args.site} has no built site: run \`npm run build\` first.`);

async function shoot(browser: Browser, origin: string, path: string, width: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height: HEIGHT } });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const shot = await page.screenshot({ clip: { x: 0, y: 0, width, height: HEIGHT } });
  await page.close();
  return shot;
}

/** In the browser: the share of pixels that differ, and an image of the reference, the new shot and the difference in red. */
async function compare(browser: Browser, before: Buffer, after: Buffer): Promise<{ changed: number; image: Buffer }> {
  const page = await browser.newPage();
  const result = await page.evaluate(
    async ([a, b]) => {
      const load = (src: string) => new Promise<HTMLImageElement>((done) => Object.assign(new Image(), { onload(this: HTMLImageElement) { done(this); }, src }));
      const [one, two] = await Promise.all([load(a), load(b)]);
      const w = Math.max(one.width, two.width);
      const h = Math.max(one.height, two.height);
      const pixels = (img: HTMLImageElement) => {
        const c = Object.assign(document.createElement('canvas'), { width: w, height: h }).getContext('2d')!;
        c.drawImage(img, 0, 0);
        return c.getImageData(0, 0, w, h);
      };
      const [p, q] = [pixels(one), pixels(two)];
      const diff = new ImageData(w, h);
      let changed = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        const differs = p.data[i] !== q.data[i] || p.data[i + 1] !== q.data[i + 1] || p.data[i + 2] !== q.data[i + 2];
        if (differs) changed++;
        // Changed pixels red; the rest a faint copy of the new shot.
        diff.data.set(differs ? [220, 0, 0, 255] : [q.data[i]!, q.data[i + 1]!, q.data[i + 2]!, 60], i);
      }
      const canvas = Object.assign(document.createElement('canvas'), { width: w * 3, height: h });
      const c = canvas.getContext('2d')!;
      c.drawImage(one, 0, 0);
      c.drawImage(two, w, 0);
      c.putImageData(diff, w * 2, 0);
      return { changed: changed / (w * h), image: canvas.toDataURL('image/png') };
    },
    [`data:image/png;base64,${before.toString('base64')}`, `data:image/png;base64,${after.toString('base64')}`] as const,
  );
  await page.close();
  return { changed: result.changed, image: Buffer.from(result.image.split(',')[1]!, 'base64') };
}

const out = args.out ? resolve(args.out) : mkdtempSync(join(tmpdir(), 'spm-screenshots-'));
mkdirSync(args.update ? REFERENCES : out, { recursive: true });
const [server, browser] = await Promise.all([serveSite(resolve(args.site)), launchChromium()]);
const changes: string[] = [];
try {
  for (const path of pageKinds) {
    for (const width of screenshotWidths) {
      const name = screenshotName(path, width);
      const shot = await shoot(browser, server.origin, path, width);
      const reference = join(REFERENCES, name);
      if (args.update) writeFileSync(reference, shot);
      else if (!existsSync(reference)) changes.push(`${name}: new, no reference yet (run with --update to keep it)`);
      else {
        const { changed, image } = await compare(browser, readFileSync(reference), shot);
        if (changed > 0) {
          writeFileSync(join(out, name), image);
          changes.push(`${name}: ${(changed * 100).toFixed(2)} % of pixels changed`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (args.update) console.log(`[screenshots] ${pageKinds.length * screenshotWidths.length} references written to ${relative(process.cwd(), REFERENCES)}.`);
else if (changes.length === 0) console.log('[screenshots] No visual change since the references.');
else console.log(`[screenshots] ${changes.length} shots differ from the references; each image in ${out} shows the reference, the new shot and the changed pixels in red:\n${changes.map((c) => `  ${c}`).join('\n')}`);
