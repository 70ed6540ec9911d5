/** /api/policies.json: the same policies, statuses and versions as the pages. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { PolicyRecord } from '../../src/lib/open-data.ts';
import { DIST, page, pagePaths, SITE, text } from '../helpers/dist.ts';

const { policies } = JSON.parse(readFileSync(`${DIST}/api/policies.json`, 'utf8')) as { policies: PolicyRecord[] };
const statusWords: Record<string, string> = { 'in-force': 'In force', endorsed: 'Endorsed', draft: 'Draft', 'under-review': 'Under review', superseded: 'Superseded', proposed: 'Proposed', planned: 'Planned' };

it('lists every policy that has a page, with the status that applies now, as the page states it', () => {
  const pages = pagePaths().filter((p) => /^\/policies\/[^/]+\/$/.test(p));
  expect(policies.map((p) => `/policies/${p.id}/`).sort()).toEqual(pages.sort());
  for (const record of policies) {
    const doc = page(`/policies/${record.id}/`);
    expect(record.url).toBe(`${SITE}/policies/${record.id}/`);
    expect(doc.querySelector('section.standing')?.getAttribute('data-status')).toBe(record.status);
    expect(text(doc.querySelector('section.standing .status'))).toBe(statusWords[record.status]);
    expect(record.versions.map((v) => v.version)).toContain(record.currentVersion);
    for (const version of record.versions) {
      expect(version.sources.length).toBeGreaterThan(0);
      expect(version.languages).toContain('en');
    }
  }
});

it('says which versions have their text published', () => {
  const framework = policies.find((p) => p.id === 'framework-for-accountability');
  expect(framework?.versions.find((v) => v.version === '2009')).toMatchObject({ hasText: true, status: 'proposed' });
  expect(framework?.manual).toMatchObject({ chapter: 'II', section: 'A' });
});

it('gives each policy its place in the Manual, current or earlier, and its related documents both ways', () => {
  const byId = (id: string) => policies.find((p) => p.id === id);
  expect(byId('security-level-system')?.manual).toMatchObject({ chapter: 'IV', section: 'B', title: 'Security Level System (SLS)', current: false });
  expect(byId('minimum-operating-security-standards')?.related).toEqual([
    { policy: 'moss-guidelines-2009', relation: 'guidelines-for', direction: 'in', sources: [{ document: 'ceb-2009-hlcm-23-rev-1', paragraph: '10' }] },
  ]);
  expect(byId('moss-guidelines-2009')?.related).toMatchObject([{ policy: 'minimum-operating-security-standards', direction: 'out' }]);
});
