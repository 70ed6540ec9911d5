/**
 * The translations dashboard and side-by-side views as built from the real content:
 * every translatable text and annex entry listed with the state of its French, and
 * each view aligned part by part with the glossary terms marked in both columns.
 */
import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';

const roles = readRecords('roles');
const annexEntries = roles.flatMap((r) => r.data.versions.filter((v) => v.responsibilities.length > 0).map((v) => ({ id: r.id, version: v.framework, french: Boolean(v.fr) })));
// The policy texts the sources hold: the two Frameworks, the Terms of Reference and the guide.
const texts = [
  { id: 'framework-for-accountability', version: '2009', french: true },
  { id: 'iasmn-terms-of-reference', version: '2009', french: true },
  { id: 'framework-for-accountability', version: '2008', french: false },
  { id: 'security-risk-management-guide', version: '2008', french: false },
];

describe.each(['', '/fr'])('dashboard %s/translations/', (prefix) => {
  const doc = page(`${prefix}/translations/`);
  const rows = doc.querySelectorAll('section[id^="state-"] .translation-table tbody tr');
  const href = (kind: string, id: string, version: string) => `${prefix}/translations/${kind}/${id}/${version}/`;

  it('lists every policy text and every annex entry, each linking to its side-by-side view', () => {
    const links = rows.map((r) => r.querySelector('th a')?.getAttribute('href'));
    expect(links.toSorted()).toEqual([...texts.map((t) => href('policies', t.id, t.version)), ...annexEntries.map((e) => href('roles', e.id, e.version))].toSorted());
  });

  it('gives the state of each French: missing where there is none, up to date where it matches its English', () => {
    const stateOf = (link: string) => rows.find((r) => r.querySelector(`a[href="${link}"]`))!.getAttribute('class');
    for (const t of texts) expect(stateOf(href('policies', t.id, t.version))).toBe(t.french ? 'translation-current' : 'translation-missing');
    for (const e of annexEntries) expect(stateOf(href('roles', e.id, e.version))).toBe(e.french ? 'translation-current' : 'translation-missing');
  });

  it('groups the rows by the state of their French, in the order a translator works, each group A to Z, and the totals lead to each group', () => {
    const groups = doc.querySelectorAll('section[id^="state-"]');
    expect(groups.map((g) => g.id)).toEqual(['state-missing', 'state-current']);
    for (const group of groups) {
      const states = new Set(group.querySelectorAll('tbody tr').map((r) => r.getAttribute('class')));
      expect([...states]).toEqual([`translation-${group.id.slice('state-'.length)}`]);
      const titles = group.querySelectorAll('tbody th a').map((a) => text(a));
      expect(titles).toEqual(titles.toSorted(new Intl.Collator(prefix ? 'fr' : 'en', { sensitivity: 'base', numeric: true }).compare));
    }
    const links = doc.querySelectorAll('.translation-totals a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#state-missing', '#state-current']);
  });

  it('names each text by its short title, as the rest of the site does', () => {
    const framework = rows.find((r) => r.querySelector(`a[href="${href('policies', 'framework-for-accountability', '2008')}"]`));
    expect(text(framework?.querySelector('th a'))).toBe('Framework for Accountability (2008)');
  });

  it('totals the states, the review states and the findings', () => {
    const totals = doc.querySelectorAll('.translation-totals');
    const counts = (dl: (typeof totals)[number]) => dl.querySelectorAll('div').map((d) => Number(text(d.querySelector('dd')).replace(/\s/g, '')));
    const translated = texts.filter((t) => t.french).length + annexEntries.filter((e) => e.french).length;
    const missing = texts.length + annexEntries.length - translated;
    // missing, outdated, not tracked, up to date; outdated parts; glossary issues; number mismatches.
    expect(counts(totals[0]!)).toEqual([missing, 0, 0, translated, 0, 0, 0]);
    // draft, translated, reviewed, approved: every translation is still a draft.
    expect(counts(totals[1]!)).toEqual([translated, 0, 0, 0]);
  });

  it('counts the French names of glossary terms, roles and topics', () => {
    const names = doc.querySelectorAll('.translation-table').at(-1)!.querySelectorAll('tbody tr').map((r) => r.querySelectorAll('td').map((td) => text(td)));
    const glossary = readRecords('glossary');
    const approved = glossary.filter((g) => g.data.fr && !g.data.fr.proposal).length;
    expect(names[0]).toEqual([String(glossary.length), String(approved), String(glossary.length - approved), '0']);
    expect(names[1]![0]).toBe(String(roles.length));
    expect(names[1]![3]).toBe('0');
    expect(names[2]).toEqual([String(readRecords('topics').length), '—', '—', '0']);
  });
});

describe('side by side: the 2009 Framework', () => {
  const doc = page('/fr/translations/policies/framework-for-accountability/2009/');
  const units = doc.querySelectorAll('.sbs-unit');

  it('aligns the 30 paragraphs by number, English then French', () => {
    expect(units.map((u) => u.id)).toEqual(Array.from({ length: 30 }, (_, i) => `u-${i + 1}`));
    for (const u of units) expect(u.querySelectorAll('.sbs-side').map((s) => s.getAttribute('lang'))).toEqual(['en', 'fr']);
  });

  it('marks each glossary term in both columns and names its pair', () => {
    const p13 = doc.querySelector('#u-13')!;
    expect(p13.querySelectorAll('.sbs-side[lang="en"] mark.term').map((m) => text(m))).toContain('Designated Official');
    expect(p13.querySelectorAll('.sbs-side[lang="fr"] mark.term').map((m) => text(m))).toContain('responsable désigné');
    expect(text(p13.querySelector('.sbs-terms'))).toContain('Designated Official → responsable désigné');
  });

  it('flags nothing in a translation that passes the checks', () => {
    expect(doc.querySelectorAll('.sbs-issues')).toHaveLength(0);
  });
});

describe('side by side: a text without French', () => {
  const doc = page('/translations/policies/framework-for-accountability/2008/');
  it('shows every English paragraph with no French beside it, flagged', () => {
    const units = doc.querySelectorAll('.sbs-unit');
    expect(units).toHaveLength(19);
    for (const u of units) {
      expect(text(u.querySelector('.sbs-side[lang="fr"]'))).toBe('French No text on this side.');
      expect(text(u.querySelector('.sbs-issue-missing-french'))).toBe('No French for this part: translate it.');
    }
  });
});

describe('side by side: an annex entry', () => {
  const doc = page('/translations/roles/warden/2009/');
  it('pairs the heading and each responsibility by its marker', () => {
    expect(doc.querySelectorAll('.sbs-unit').map((u) => u.id)).toEqual(['u-heading', 'u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
    expect(text(doc.querySelector('#u-heading .sbs-side[lang="fr"] .sbs-text'))).toBe('Coordonnateurs d’îlot');
  });
});
