/** The built site (dist/), parsed with a real HTML parser for build-output tests. */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = process.env.SPM_DIST ?? 'dist';
/** The origin the site is built for (astro.config.mjs). */
export const SITE = process.env.SPM_SITE ?? 'http://127.0.0.1:4321';

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ has no built site: run \`npm test\` (it builds first) or \`npm run build\`.`);
}

/** Every HTML page of the site, as URL paths ("/", "/fr/policies/…/", "/404.html"). */
export function pagePaths(): string[] {
  assertBuilt();
  return globSync('**/*.html', { cwd: DIST })
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .sort();
}

export function fileOf(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

export function page(path: string): HTMLElement {
  assertBuilt();
  return parse(readFileSync(fileOf(path), 'utf8'));
}

export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
