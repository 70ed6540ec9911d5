/**
 * Freshness end to end, on a build of modified content: a French text is marked up
 * to date, one English paragraph then changes, and the French page flags exactly
 * that paragraph, linking to the current English. Made up in a temporary copy.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-fixture.ts';

const EN = 'policies/iasmn-terms-of-reference/2009.en.mdx';
const FR = 'policies/iasmn-terms-of-reference/2009.fr.mdx';

it('flags on the French page exactly the paragraph whose English changed since its translation', () => {
  const copy = copyContent('content');
  const english = readFileSync(join(copy.root, EN), 'utf8');
  const body = english.slice(english.indexOf('\n---\n', 4) + 5);
  // The words do not matter here, only that each English paragraph has its counterpart.
  copy.write(FR, `---\npolicy: iasmn-terms-of-reference\nversion: "2009"\nlang: fr\ntitle: Mandat du Réseau\nclassification: public\ntranslation:\n  of: "2009"\n  translator: Équipe de test\n  state: draft\n---\n${body}`);
  const done = spawnSync(process.execPath, ['scripts/translation-done.ts', join(copy.root, FR)], { encoding: 'utf8' });
  expect(done.status, done.stderr).toBe(0);
  copy.edit(EN, (t) => t.replace(/^2\. /m, '2. Changed: '));
  const build = buildSite(copy.root);
  expect(build.status, build.output).toBe(0);
  const page = parse(readFileSync(join(build.outDir, 'fr/policies/iasmn-terms-of-reference/index.html'), 'utf8'));
  const flagged = page.querySelectorAll('.para-outdated');
  expect(flagged).toHaveLength(1);
  expect(flagged[0]!.closest('.para')?.id).toBe('p2');
  expect(flagged[0]!.querySelector('a')?.getAttribute('href')).toBe('http://127.0.0.1:4321/policies/iasmn-terms-of-reference/#p2');
}, 300_000);
