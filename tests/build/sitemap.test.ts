import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { assertBuilt, DIST, fileOf, SITE } from '../helpers/dist.ts';

it('lists the pages of the site, each of which exists', () => {
  assertBuilt();
  const xml = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(urls).toContain(`${SITE}/policies/framework-for-accountability/`);
  expect(urls).toContain(`${SITE}/fr/`);
  for (const url of urls) expect(existsSync(fileOf(new URL(url).pathname)), url).toBe(true);
});
