/** Role pages, the roles index with its accountability charts, and their links, as built. */
import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../src/lib/chart.ts';
import { chartData, itemAnchor, rolesIn } from '../../src/lib/role-pages.ts';
import { page, pagePaths, text } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';

const roles = readRecords('roles');
const built = new Set(pagePaths());
const rolePage = (id: string, lang = '') => page(`${lang}/roles/${id}/`);

/** Every same-site link of a page leads to a built page, and its #anchor exists there. */
function brokenLinks(path: string): string[] {
  return page(path)
    .querySelectorAll('main a[href^="/"]')
    .map((a) => a.getAttribute('href')!)
    .filter((href) => {
      const [target, anchor] = href.split('#');
      if (!built.has(target!)) return true;
      return anchor !== undefined && page(target!).getElementById(anchor) === null;
    });
}

describe('role pages', () => {
  it('exist for every role in both languages, under its French name in French, indexed where there is French text', () => {
    for (const role of roles) {
      expect(built).toContain(`/roles/${role.id}/`);
      expect(built).toContain(`/fr/roles/${role.id}/`);
      const en = rolePage(role.id);
      expect(text(en.querySelector('h1'))).toBe(role.data.acronym ? `${role.data.name} (${role.data.acronym})` : role.data.name);
      expect(en.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
      expect(text(en.querySelector('[data-pagefind-filter="kind"]'))).toBe('Role');
      const fr = rolePage(role.id, '/fr');
      const name = role.data.fr!.name;
      const acronym = role.data.fr!.acronym ?? role.data.acronym;
      expect(text(fr.querySelector('h1'))).toBe(`${name.charAt(0).toUpperCase()}${name.slice(1)}${acronym ? ` (${acronym})` : ''}`);
      expect(fr.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
      expect(fr.querySelector('[data-pagefind-body]') !== null).toBe(role.data.versions.some((v) => v.fr));
    }
  });

  it('give in French the team’s French of each translated version, and keep the English of the others out of the French index', () => {
    for (const role of roles) {
      const fr = rolePage(role.id, '/fr');
      for (const version of role.data.versions) {
        const section = fr.querySelector(`section[aria-labelledby="responsibilities-${version.framework}"]`)!;
        if (version.fr) {
          expect(text(section.querySelector('.translation-notice'))).toContain('SPM Online team');
          version.fr.responsibilities.forEach((r, i) => expect(text(section.querySelector(`#${itemAnchor(version.framework, r.marker, i)} span`))).toBe(r.text));
          expect(section.getAttribute('data-pagefind-ignore')).toBeUndefined();
        } else {
          expect(section.getAttribute('data-pagefind-ignore')).toBe('all');
          version.responsibilities.forEach((r, i) => expect(section.querySelector(`#${itemAnchor(version.framework, r.marker, i)} span`)?.getAttribute('lang')).toBe('en'));
        }
      }
    }
  });

  it('list every responsibility of every version as printed, each at its own anchor with its source', () => {
    for (const role of roles) {
      const doc = rolePage(role.id);
      for (const version of role.data.versions) {
        version.responsibilities.forEach((r, i) => {
          const item = doc.getElementById(itemAnchor(version.framework, r.marker, i));
          expect(item, `${role.id} ${version.framework} ${r.marker}`).not.toBeNull();
          expect(text(item!.querySelector('[lang], span'))).toBe(r.text);
          expect(item!.querySelector('a.marker')?.getAttribute('href')).toBe(`#${itemAnchor(version.framework, r.marker, i)}`);
          expect(text(item!.querySelector('.item-source'))).toMatch(version.framework === '2008' ? /^\(CEB\/2008\/HLCM\/5, Annex C/ : /^\(CEB\/2009\/HLCM\/23\/Rev\.1, Annex B/);
        });
      }
    }
  });

  it('say which Framework applies now, then put the text the Framework page shows (2008) first, each marked with its status now', () => {
    const page = rolePage('warden');
    const note = page.querySelector('.framework-now')!;
    expect(note.getAttribute('data-status')).toBe('in-force');
    expect(text(note)).toContain('The Framework for Accountability that applies now is version 2011 of 4 February 2011 In force. Its text is not published on this site');
    const headings = page.querySelectorAll('.role-responsibilities h2').map(text);
    expect(headings).toEqual(['Responsibilities in the Framework 2008 Superseded (inferred)', 'Responsibilities in the Framework 2009 Proposed']);
  });

  it('put what the role is responsible for first, with "On this page" naming every section', () => {
    const page = rolePage('designated-official');
    const sections = page.querySelectorAll('article.role > section').map((s) => s.getAttribute('class'));
    expect(sections.slice(0, 2)).toEqual(['role-responsibilities', 'role-responsibilities']);
    const links = page.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href')!);
    expect(links[0]).toBe('#responsibilities-2008');
    for (const href of links) expect(page.getElementById(href.slice(1)), href).not.toBeNull();
  });

  it('give the Local Security Assistant’s recruitment and supervision, which the 2009 Framework states (paras 25-26)', () => {
    const lines = text(rolePage('local-security-assistant').querySelector('.role-lines-section'));
    expect(lines).not.toContain('states no appointment or accountability line');
    expect(lines).toContain('is recruited at the country level by UNDSS, AFPs or DPKO-led or -supported missions');
    expect(lines).toContain('Under the immediate supervision of the respective security professional');
  });

  it('quote who appoints each actor and to whom it answers, linked to that actor', () => {
    for (const role of roles) {
      const section = rolePage(role.id).querySelector('.role-lines-section')!;
      const quotes = section.querySelectorAll('q').map(text);
      for (const version of role.data.versions) for (const r of version.relations) expect(quotes, `${role.id}: ${r.quote}`).toContain(r.quote);
    }
    const lines = rolePage('warden').querySelector('.role-lines')!;
    expect(text(lines.querySelector('dt'))).toBe('Appointed by');
    expect(lines.querySelector('dd a')?.getAttribute('href')).toBe('/roles/designated-official/');
  });

  it('mark the actors new in 2009, and link a renamed actor to its earlier name', () => {
    for (const id of ['executive-group-on-security', 'local-security-assistant', 'chief-security-officer']) expect(text(rolePage(id).querySelector('.role-new'))).toBe('New in 2009');
    expect(rolePage('warden').querySelector('.role-new')).toBeNull();
    expect(text(rolePage('field-security-coordination-officer').querySelector('.role-renamed'))).toBe('Renamed 2009: Field Security Coordination Officers, formerly Field Security Officers');
  });

  it('show the changes since 2008, item by item, matched by content with word-level differences', () => {
    const rows = rolePage('warden').querySelectorAll('.role-changes .compare-row');
    expect(rows.map((r) => text(r.querySelector('.compare-head span')))).toEqual([
      'Version 2008, item a) → Version 2009, item 1.',
      'Version 2008, item b) → Version 2009, item 2.',
      'Version 2008, item c) → Version 2009, item —',
      'Version 2008, item d) → Version 2009, item 3.',
      'Version 2008, item e) → Version 2009, item 4.',
      'Version 2008, item f) → Version 2009, item 5.',
    ]);
    expect(text(rows[2]!.querySelector('.compare-kind'))).toBe('Removed');
    expect(text(rows[3]!.querySelector('.compare-kind'))).toBe('Changed, renumbered');
    expect(rows[0]!.querySelectorAll('ins').length).toBeGreaterThan(0);
    const official = rolePage('designated-official').querySelectorAll('.role-changes .compare-row').map((r) => text(r.querySelector('.compare-kind')));
    expect(official).toContain('Split');
    expect(official.filter((k) => k === 'Added')).toHaveLength(5);
    // An actor named in one version only has nothing to compare.
    expect(rolePage('local-security-assistant').querySelector('.role-changes')).toBeNull();
  });

  it('keep the source quirks noted on the record, such as the main-text actor with no annex entry', () => {
    expect(text(rolePage('chief-security-officer').querySelector('.role-notes p'))).toBe(roles.find((r) => r.id === 'chief-security-officer')!.data.notes);
    expect(text(rolePage('chief-security-officer').querySelector('.policy-meta'))).not.toContain('annex');
  });

  it('name the policies its responsibilities name', () => {
    const policies = rolePage('local-security-assistant').querySelectorAll('.role-concerns li a').map((a) => a.getAttribute('href'));
    expect(policies).toEqual(expect.arrayContaining(['/policies/minimum-operating-security-standards/', '/policies/minimum-operating-residential-security-standards/']));
  });

  it('have only links that lead somewhere', () => {
    for (const role of roles) expect(brokenLinks(`/roles/${role.id}/`), role.id).toEqual([]);
  });
});

it('the Framework’s annex links each actor and group to its role page, for whichever version is shown', () => {
  for (const path of ['/policies/framework-for-accountability/', '/policies/framework-for-accountability/versions/2009/']) {
    const links = page(path).querySelectorAll('section.annex .role-link a').map((a) => a.getAttribute('href'));
    const framework = path.includes('2009') ? '2009' : '2008';
    expect(links.sort()).toEqual(rolesIn(roles, framework).filter((r) => r.data.versions.find((v) => v.framework === framework)?.annex).map((r) => `/roles/${r.id}/`).sort());
  }
});

describe('the roles index', () => {
  const doc = page('/roles/');

  it('lists every actor, groups under their parent, and marks the new ones', () => {
    const links = doc.querySelectorAll('.role-list a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(roles.map((r) => `/roles/${r.id}/`).sort());
    const groups = doc.querySelector('.role-list a[href="/roles/other-dss-personnel/"]')!.parentNode!.querySelectorAll('ul a').map((a) => a.getAttribute('href'));
    expect(groups).toEqual(expect.arrayContaining(['/roles/chief-of-security-and-safety-services/', '/roles/field-security-coordination-officer/']));
  });

  for (const framework of ['2008', '2009']) {
    it(`draws the ${framework} chart: every actor a link, every stated line drawn`, () => {
      const section = doc.getElementById(`chart-${framework}`)!.parentNode!;
      const { nodes, edges } = chartData(roles, framework, 'en');
      const expected = layoutChart(nodes, edges);
      const nodeLinks = section.querySelectorAll('svg a.chart-node').map((a) => a.getAttribute('href'));
      expect(nodeLinks.sort()).toEqual(rolesIn(roles, framework).map((r) => `/roles/${r.id}/`).sort());
      expect(section.querySelectorAll('svg path.chart-line')).toHaveLength(expected.edges.length);
      expect(expected.edges.length).toBeGreaterThan(10);
      // The table holds the same lines, plus those to bodies that have no role record.
      const rows = section.querySelectorAll('.chart-table tbody tr');
      expect(rows).toHaveLength(nodes.length);
      const drawn = new Set(expected.edges.map((e) => `${e.from} ${e.kind} ${e.to}`));
      for (const row of rows) {
        const from = row.querySelector('th a')!.getAttribute('href')!.split('/')[2]!;
        row.querySelectorAll('td').forEach((cell, k) => {
          const kind = ['appointed-by', 'accountable-to', 'reports-to', 'member-of', 'chairs'][k]!;
          for (const a of cell.querySelectorAll('a')) drawn.delete(`${from} ${kind} ${a.getAttribute('href')!.split('/')[2]}`);
        });
      }
      expect([...drawn]).toEqual([]);
    });
  }

  it('shows the 2009 text’s lines: the DO appointed by the Secretary-General, Wardens by the DO and the ASC', () => {
    const table = doc.getElementById('chart-2009')!.parentNode!.querySelector('.chart-table')!;
    const row = (id: string) => table.querySelectorAll('tbody tr').find((r) => r.querySelector(`th a[href="/roles/${id}/"]`))!;
    expect(text(row('designated-official').querySelectorAll('td')[0])).toBe('Secretary-General');
    expect(text(row('warden').querySelectorAll('td')[0])).toBe('Designated Official Area Security Coordinator');
  });

  it('has only links that lead somewhere', () => {
    expect(brokenLinks('/roles/')).toEqual([]);
  });
});

it('the open data lists every role with both versions and their statuses', async () => {
  const { roles: records } = JSON.parse((await import('node:fs')).readFileSync('dist/api/roles.json', 'utf8')) as { roles: { id: string; newIn: string | null; versions: { framework: string; status: string }[] }[] };
  expect(records.map((r) => r.id).sort()).toEqual(roles.map((r) => r.id).sort());
  const warden = records.find((r) => r.id === 'warden')!;
  expect(warden.versions.map((v) => [v.framework, v.status])).toEqual([['2008', 'superseded'], ['2009', 'proposed']]);
  expect(records.find((r) => r.id === 'local-security-assistant')?.newIn).toBe('2009');
});
