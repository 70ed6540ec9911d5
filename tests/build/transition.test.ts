/** The FSH → SPM matrix, its status views, bridge pages, lookup index, story and open data, as built. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/lib/fsh-lookup.ts';
import { matrixRows } from '../../src/lib/transition.ts';
import { transitionStatuses } from '../../src/schemas/transition.ts';
import { DIST, page, pagePaths, text } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';

const rows = matrixRows(readRecords('transition'));
const built = new Set(pagePaths());

describe('the matrix', () => {
  const doc = page('/transition/');
  it('has one row per record, in the Handbook’s order, with row and column headers', () => {
    const headers = doc.querySelectorAll('table.transition-table thead th');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col']);
    expect(headers.map(text)).toEqual(['Handbook part', 'Status', 'In the SPM', 'Decision', 'Notes']);
    const body = doc.querySelectorAll('table.transition-table tbody tr');
    expect(body.map((tr) => tr.querySelector('th[scope="row"] a')?.getAttribute('href'))).toEqual(rows.map((r) => `/transition/${r.id}/`));
    expect(body.map((tr) => tr.getAttribute('data-status'))).toEqual(rows.map((r) => r.data.status));
  });
  it('counts the rows per status, links a pre-rendered view for each, and shows the progress', () => {
    for (const status of transitionStatuses) {
      const count = rows.filter((r) => r.data.status === status).length;
      const link = doc.querySelector(`.status-views a[href="/transition/matrix/${status}/"]`);
      expect(text(link)).toMatch(new RegExp(`\\(${count}\\)$`));
      expect(page(`/transition/matrix/${status}/`).querySelectorAll('table.transition-table tbody tr')).toHaveLength(count);
    }
    const parts = rows.filter((r) => r.data.fsh);
    const share = Math.round((100 * parts.filter((r) => r.data.status === 'transitioned').length) / parts.length);
    expect(doc.querySelector('progress')?.getAttribute('value')).toBe(String(share));
  });
  it('marks inferred mappings as such', () => {
    const inferred = rows.filter((r) => r.data.mapping.basis === 'inferred' && r.data.replacedBy.length > 0);
    expect(inferred.length).toBeGreaterThan(0);
    for (const r of inferred) expect(text(doc.querySelector(`a[href="/transition/${r.id}/"]`)!.closest('tr'))).toContain('(mapping inferred)');
  });
});

describe('bridge pages', () => {
  it('exist for every row in both languages and say what became of the part, in words', () => {
    const says: Record<string, string> = {
      transitioned: 'the Manual',
      'in-progress': 'is being replaced',
      retained: 'is retained and not yet transitioned',
      'new-in-spm': 'has no origin in the Handbook',
    };
    for (const row of rows) {
      expect(built).toContain(`/transition/${row.id}/`);
      expect(built).toContain(`/fr/transition/${row.id}/`);
      expect(text(page(`/transition/${row.id}/`).querySelector('.bridge-says'))).toContain(says[row.data.status]);
    }
  });
  it('never call a mapping stated that no source states: every retained part is inferred, and says from what', () => {
    for (const row of rows.filter((r) => r.data.status === 'retained')) expect(row.data.mapping, row.id).toMatchObject({ basis: 'inferred' });
  });

  it('link a part about an actor to the role page that holds its responsibilities, and never state a replacement that no source records', () => {
    const official = page('/transition/fsh-v-a-a/');
    expect(official.querySelector('a[href="/roles/designated-official/"]')).not.toBeNull();
    expect(text(official.querySelector('.bridge-says'))).toMatch(/^No source records what became of this part of the Handbook/u);
    expect(text(official.querySelector('.transition-status')?.parentNode)).toBe('Transitioned (inferred)');
    for (const row of rows.filter((r) => r.data.status === 'transitioned' && r.data.mapping.basis === 'inferred'))
      expect(text(page(`/transition/${row.id}/`).querySelector('.bridge-says')), row.id).not.toContain('has been replaced');
  });

  it('say of each replacement whether it applies now, and no more than the record does', () => {
    const clearance = page('/transition/fsh-security-clearance/');
    expect(text(clearance.querySelector('.bridge-says'))).not.toContain('it is the one that applies');
    const target = clearance.querySelector('.targets [data-policy="security-clearances-trip-policy"]');
    expect(text(target)).toBe('Endorsed');
  });

  it('link a transitioned part to its replacement, at the paragraph where known', () => {
    const phases = page('/transition/fsh-v-e/');
    expect(phases.querySelector('.targets a')?.getAttribute('href')).toBe('/policies/security-level-system/');
    expect(text(phases.querySelector('.mapping'))).toBe('Stated by the sources: remplace le système des phases FAO, UN Security Italy: Système de niveaux de sécurité (SLS), official UN system page');
    expect(phases.querySelector('.mapping q')?.getAttribute('lang')).toBe('fr');
    const official = page('/transition/fsh-v-a-a/');
    expect(official.querySelector('.targets a')?.getAttribute('href')).toBe('/policies/framework-for-accountability/#p7');
    expect(text(official.querySelector('.mapping'))).toMatch(/^Inferred mapping: /);
    expect(page('/policies/framework-for-accountability/').getElementById('p7')).not.toBeNull();
  });
  it('show the decisions behind a part, linked to their paragraphs', () => {
    expect(page('/transition/fsh/').querySelectorAll('.decision-timeline a').map((a) => a.getAttribute('href'))).toEqual([
      '/history/2007-10-turin/#para-23', '/history/2009-08-london/#para-8', '/history/2010-06-vienna/#para-126', '/history/2010-06-vienna/#para-128', '/history/2016-02-new-york/#para-120',
    ]);
  });
  it('are a search kind of their own', () => {
    expect(text(page('/transition/fsh-v-e/').querySelector('[data-pagefind-filter="kind"]'))).toBe('Handbook part');
  });
});

it('prints a note that several rows share once, below the matrix, and the rows refer to it by letter', () => {
  const doc = page('/transition/');
  const notes = rows.flatMap((r) => (r.data.notes ? [r.data.notes] : []));
  const repeated = [...new Set(notes.filter((n, i) => notes.indexOf(n) !== i))];
  expect(repeated.length).toBeGreaterThan(0);
  const printed = doc.querySelectorAll('.table-notes dd').map((dd) => text(dd));
  expect(printed.sort()).toEqual([...repeated].sort());
  const cells = doc.querySelectorAll('table.transition-table td').map((td) => text(td));
  for (const note of repeated) expect(cells.filter((c) => c === note), note).toEqual([]);
});

describe('finding a Handbook reference without JavaScript', () => {
  it('lists every name of every part in the index, each to its bridge page', () => {
    const doc = page('/transition/references/');
    const links = doc.querySelectorAll('.reference-index a');
    for (const row of rows.filter((r) => r.data.fsh))
      for (const name of [row.data.fsh!.title, ...row.data.fsh!.aliases]) expect(links.some((a) => text(a).toLowerCase() === name.toLowerCase() && a.getAttribute('href') === `/transition/${row.id}/`), name).toBe(true);
    expect(doc.querySelector('form.fsh-lookup')?.getAttribute('action')).toBe('/search/');
  });
  it('resolves the references readers use to the right bridge page', () => {
    expect(lookup(rows, 'FSH chapter III')?.id).toBe('fsh-iii');
    expect(lookup(rows, 'Field Security Handbook, security phases')?.id).toBe('fsh-v-e');
    expect(lookup(rows, 'FSH Chapter V, Section A, f)')?.id).toBe('fsh-v-a-f');
  });
});

it('the SPM story tells the Handbook’s decisions in order, each with its paragraph', () => {
  const steps = page('/transition/story/').querySelectorAll('ol.story > li');
  expect(steps.map((li) => li.querySelector('a.para-num')?.getAttribute('href'))).toEqual([
    '/history/2007-10-turin/#para-23', '/history/2009-08-london/#para-8', '/history/2010-06-vienna/#para-126', '/history/2010-06-vienna/#para-128', '/history/2016-02-new-york/#para-120',
  ]);
  expect(text(steps[3]!.querySelector('.citation'))).toMatch(/^IASMN, Vienna 2010, para\. 128 \(CEB\/2010\/HLCM\/20\)/);
});

it('a policy page names the Handbook parts it replaces', () => {
  const links = page('/policies/security-level-system/').querySelectorAll('.replaces a').map((a) => a.getAttribute('href'));
  expect(links).toContain('/transition/fsh-v-e/');
});

it('open data lists every row', () => {
  const { rows: records } = JSON.parse(readFileSync(`${DIST}/api/transition.json`, 'utf8')) as { rows: { id: string; status: string }[] };
  expect(records.map((r) => r.id)).toEqual(rows.map((r) => r.id));
});

it('search finds the bridge page for an old Handbook term', async () => {
  const { loadPagefind, searchData } = await import('../helpers/pagefind-node.ts');
  const en = await loadPagefind('en', DIST);
  const results = await searchData(en, 'security phases', { kind: 'Handbook part' });
  expect(results[0]?.url).toBe('/transition/fsh-v-e/');
});
