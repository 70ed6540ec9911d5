/**
 * Freshness end to end, on a build of modified content: a French text and a role's
 * French annex entry are up to date; then one English paragraph and one English
 * responsibility change. The French pages flag exactly those parts, linking to the
 * current English; the side-by-side views show what changed, word by word; the
 * dashboard counts them. A changed number and a deprecated term are flagged where
 * they occur. Made up in a temporary copy, without network access.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-fixture.ts';

const EN = 'policies/iasmn-terms-of-reference/2009.en.mdx';
const FR = 'policies/iasmn-terms-of-reference/2009.fr.mdx';
const ROLE = 'roles/warden.yaml';
const FOA_FR = 'policies/framework-for-accountability/2009.fr.mdx';

let outDir = '';
const page = (path: string): HTMLElement => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const text = (e: HTMLElement | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeAll(() => {
  const copy = copyContent('content');
  const english = readFileSync(join(copy.root, EN), 'utf8');
  const body = english.slice(english.indexOf('\n---\n', 4) + 5);
  // The words do not matter here, only that each English paragraph has its counterpart.
  copy.write(FR, `---\npolicy: iasmn-terms-of-reference\nversion: "2009"\nlang: fr\ntitle: Mandat du Réseau\nclassification: public\ntranslation:\n  of: "2009"\n  translator: Équipe de test\n  state: draft\nchangeNotes:\n  - date: "2026-01-01"\n    change: major\n    note: "Publié sur ce site."\n---\n${body}`);
  const done = spawnSync(process.execPath, ['scripts/translation-done.ts', join(copy.root, FR)], { encoding: 'utf8' });
  expect(done.status, done.stderr).toBe(0);
  copy.edit(EN, (t) => t.replace(/^2\. /m, '2. Changed: '));
  // The 2009 Warden entry is up to date in the content; its responsibility 2 now changes.
  copy.edit(ROLE, (t) => t.replace('text: "Regularly informs personnel', 'text: "Regularly and promptly informs personnel'));
  // Two mistakes in the French Framework: a number (Article 99 for 98) and a deprecated term.
  copy.edit(FOA_FR, (t) => t.replace('aux termes de l’Article 98', 'aux termes de l’Article 99').replace('en qualité de responsable désigné pour', 'en qualité de fonctionnaire désigné pour'));
  const build = buildSite(copy.root);
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
}, 300_000);

describe('a changed English paragraph', () => {
  it('is flagged on the French page, and only it, with a link to the current English', () => {
    const flagged = page('fr/policies/iasmn-terms-of-reference').querySelectorAll('.para-outdated');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.closest('.para')?.id).toBe('p2');
    expect(flagged[0]!.querySelector('a')?.getAttribute('href')).toBe('http://127.0.0.1:4321/policies/iasmn-terms-of-reference/#p2');
  });
  it('shows in the side-by-side view what changed in the English, word by word', () => {
    const doc = page('translations/policies/iasmn-terms-of-reference/2009');
    const outdated = doc.querySelectorAll('.sbs-outdated');
    expect(outdated.map((u) => u.id)).toEqual(['u-2']);
    expect(text(outdated[0]!.querySelector('.sbs-changes ins'))).toBe('[added: Changed: ]');
    expect(outdated[0]!.querySelector('.sbs-changes del')).toBeNull();
  });
});

describe('a changed English responsibility', () => {
  it('is flagged on the French role page and in the French annex, and only it', () => {
    const role = page('fr/roles/warden').querySelectorAll('section[aria-labelledby="responsibilities-2009"] .para-outdated');
    expect(role.map((p) => p.closest('li')?.id)).toEqual(['v2009-2']);
    expect(role[0]!.querySelector('a')?.getAttribute('href')).toBe('/roles/warden/#v2009-2');
    const annex = page('fr/policies/framework-for-accountability/versions/2009').querySelectorAll('section.annex .para-outdated');
    expect(annex.map((p) => p.closest('li')?.id)).toEqual(['annex-o-2']);
  });
  it('shows the change in the side-by-side view', () => {
    const outdated = page('fr/translations/roles/warden/2009').querySelectorAll('.sbs-outdated');
    expect(outdated.map((u) => u.id)).toEqual(['u-2']);
    expect(text(outdated[0]!.querySelector('.sbs-changes ins'))).toBe('[ajouté : and promptly ]');
  });
});

it('counts the outdated parts on the dashboard', () => {
  const rows = page('translations').querySelectorAll('.translation-table tbody tr');
  const row = (href: string) => rows.find((r) => r.querySelector(`a[href="${href}"]`));
  expect(text(row('/translations/policies/iasmn-terms-of-reference/2009/')?.querySelectorAll('td')[0])).toBe('outdated (outdated parts: 1)');
  expect(text(row('/translations/roles/warden/2009/')?.querySelectorAll('td')[0])).toBe('outdated (outdated parts: 1)');
});

describe('mistakes in a translation', () => {
  const units = () => page('fr/translations/policies/framework-for-accountability/2009').querySelectorAll('.sbs-unit.sbs-flagged');
  it('are flagged in the side-by-side view at the paragraphs where they occur, and only there', () => {
    expect(units().map((u) => u.id)).toEqual(['u-8', 'u-13']);
  });
  it('say what is wrong, in the page language', () => {
    const [numbers, term] = units();
    expect(text(numbers!.querySelector('.sbs-issue-numbers'))).toBe('Nombres ou dates divergents : seulement en anglais : 98 ; seulement en français : 99');
    expect(text(term!.querySelector('.sbs-issue-deprecated'))).toBe('Variante à éviter employée : « fonctionnaire désigné » → « responsable désigné »');
  });
  it('are counted on the dashboard', () => {
    const row = page('fr/translations').querySelectorAll('.translation-table tbody tr').find((r) => r.querySelector('a[href="/fr/translations/policies/framework-for-accountability/2009/"]'));
    expect(row?.querySelectorAll('td').slice(2).map((td) => text(td))).toEqual(['1', '1']);
  });
});
