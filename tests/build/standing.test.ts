/**
 * "What applies now" has one answer per policy: every place that states a policy's
 * status (its page in both languages, the register, the home page's "In force" list,
 * the Manual, the Handbook bridge pages, the role pages, search and the open data)
 * states the same one, the one lib/standing.ts derives.
 */
import { globSync, readFileSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, page, pagePaths, text } from '../helpers/dist.ts';
import { loadPagefind, searchData } from '../helpers/pagefind-node.ts';
import { frontmatterOf } from '../../src/lib/readings.ts';

assertBuilt();
const { policies } = JSON.parse(readFileSync(`${DIST}/api/policies.json`, 'utf8')) as { policies: { id: string; status: string }[] };
/** The answer: the open data's status of each policy. */
const statusOf = new Map(policies.map((p) => [p.id, p.status]));

/** The status a badge shows, read from its class (`status status-in-force`). */
const badge = (element: HTMLElement | null | undefined) => element?.querySelector('.status')?.classList.value.find((c) => c.startsWith('status-'))?.slice('status-'.length);
const policyOfHref = (href: string | undefined) => /^(?:\/fr)?\/policies\/([^/#]+)\/(?:#.*)?$/.exec(href ?? '')?.[1];

/** Every statement of a policy's status found on a page: [policy, status]. */
function statementsOn(path: string): [string, string][] {
  const doc = page(path);
  const found: [string, string][] = [];
  // Lists of policies (register, home): each entry's link and its status.
  for (const li of doc.querySelectorAll('ul.policy-list > li')) {
    const id = policyOfHref(li.querySelector(':scope > a')?.getAttribute('href'));
    if (id) found.push([id, li.querySelector('.policy-list-meta')!.getAttribute('data-status')!], [id, badge(li)!]);
  }
  // Badges placed beside a link to a policy (the Manual, bridge pages, matrix).
  for (const span of doc.querySelectorAll('[data-policy]')) found.push([span.getAttribute('data-policy')!, badge(span)!]);
  return found;
}

describe('what applies now', () => {
  it('is stated by each policy’s page, in both languages, as the open data states it', () => {
    for (const { id, status } of policies)
      for (const path of [`/policies/${id}/`, `/fr/policies/${id}/`]) {
        // A French page whose text has no translation says so, and still says what applies now.
        const standing = page(path).querySelector('section.standing');
        expect(standing?.getAttribute('data-status'), path).toBe(status);
        expect(badge(standing), path).toBe(status);
      }
  });

  it('is the same on the register, the home page, the Manual, the matrix and every bridge page', () => {
    const paths = pagePaths().filter((p) => /^(?:\/fr)?\/(?:policies\/|manual\/|transition\/|)$/.test(p) || /^(?:\/fr)?\/transition\/[^/]+\/$/.test(p) || /^(?:\/fr)?\/transition\/matrix\//.test(p));
    let count = 0;
    for (const path of paths)
      for (const [id, status] of statementsOn(path)) {
        count++;
        expect(status, `${path}: ${id}`).toBe(statusOf.get(id));
      }
    // The register alone states every policy, in both languages.
    expect(count).toBeGreaterThan(2 * policies.length);
  });

  it('puts on the home page’s "In force" list exactly the policies in force', () => {
    for (const home of ['/', '/fr/']) {
      const listed = page(home).querySelectorAll('#in-force ~ ul.policy-list > li > a').map((a) => policyOfHref(a.getAttribute('href')));
      expect(listed.sort(), home).toEqual(policies.filter((p) => p.status === 'in-force').map((p) => p.id).sort());
    }
    // The Framework, SRM and the SLS are in force by their latest recorded editions.
    for (const id of ['framework-for-accountability', 'security-risk-management-policy', 'security-level-system']) expect(statusOf.get(id), id).toBe('in-force');
  });

  it('is the Framework’s status on every role page', () => {
    const framework = statusOf.get('framework-for-accountability');
    const rolePages = pagePaths().filter((p) => /^(?:\/fr)?\/roles\/(?:[^/]+\/)?$/.test(p));
    expect(rolePages.length).toBeGreaterThan(10);
    for (const path of rolePages) expect(page(path).querySelector('.framework-now')?.getAttribute('data-status'), path).toBe(framework);
  });

  it('is the status search filters by', async () => {
    const en = await loadPagefind('en', DIST);
    const inForce = await searchData(en, null as unknown as string, { status: 'In force' });
    expect(inForce.map((r) => r.url).sort()).toEqual(policies.filter((p) => p.status === 'in-force').map((p) => `/policies/${p.id}/`).sort());
  });
});

describe('how the record is known, said where the reader sees it', () => {
  it('marks a status the sources do not state as inferred, and from what', () => {
    const air = page('/policies/unsms-air-travel-policy/').querySelector('section.standing')!;
    expect(air.getAttribute('data-status')).toBe('in-force');
    expect(text(air.querySelector('.basis'))).toMatch(/^Inferred by the editors, not stated by a source: The 2016 report records progress in implementing the policy/u);
    const sls = page('/policies/security-level-system/versions/2010/');
    expect(text(sls.querySelector('.policy-meta .basis'))).toContain('reiterated its support');
  });

  it('says on the register and the home page whether each text is on this site, and where to read one that is not', () => {
    const register = page('/policies/');
    const entry = (id: string) => register.querySelectorAll('ul.policy-list > li').find((li) => li.querySelector(':scope > a')?.getAttribute('href') === `/policies/${id}/`)!;
    expect(text(entry('framework-for-accountability').querySelector('.policy-list-meta'))).toContain('Text of the version in force not on this site; an earlier text is');
    expect(text(entry('iasmn-terms-of-reference').querySelector('.policy-list-meta'))).toContain('Text on this site');
    const srm = entry('security-risk-management-policy');
    expect(text(srm.querySelector('.policy-list-meta'))).toContain('Text not on this site');
    expect(text(srm.querySelector('.policy-list-copies'))).toMatch(/^Where to read it: .*\(mirror, not an official UN page\).*\(UN Policy Portal, official\)/u);
    expect(page('/').querySelector('#in-force ~ ul.policy-list .policy-list-copies')).not.toBeNull();
    expect(text(entry('risk-management-strategy-framework').querySelector('.policy-list-copies'))).toBe('The sources of this site list no public copy of it.');
    // An inferred status is marked as such wherever it is listed.
    expect(text(entry('unsms-air-travel-policy').querySelector('.policy-list-meta'))).toContain('In force (inferred)');
    expect(text(entry('security-risk-management-policy').querySelector('.policy-list-meta'))).not.toContain('(inferred)');
    // Every policy without a text on the site says so; none ends at "not published here" where a copy is listed.
    for (const li of register.querySelectorAll('ul.policy-list > li'))
      expect(text(li.querySelector('.policy-list-meta'))).toMatch(/Text (not )?on this site|an earlier text is/u);
  });
});

describe('a version’s date', () => {
  it.each([
    ['security-policy-manual', '2016', '8 October 2007'],
    ['un-premises-safety-and-security-policy', '2010', '4 August 2009'],
    ['women-security-awareness-training', '2016', '22 June 2010'],
  ])('is its own, never its first mention: %s version %s is not dated %s', (id, version, mention) => {
    const meta = text(page(`/policies/${id}/versions/${version}/`).querySelector('.policy-meta'));
    expect(meta).not.toContain(mention);
    expect(meta).toContain(`${version} (date not recorded)`);
  });

  it('is the promulgation of an edition, where that is recorded', () => {
    expect(text(page('/policies/security-risk-management-policy/versions/2016-04/').querySelector('.policy-meta'))).toContain('2016-04 (18 April 2016)');
  });
});

describe('a text reproduced as printed', () => {
  it('carries a short note beside each paragraph that looks wrong, and after the text for the rest', () => {
    const framework = page('/policies/framework-for-accountability/');
    expect(framework.getElementById('p9')!.querySelectorAll('.para-printed').map(text)).toContainEqual(expect.stringMatching(/^As printed in CEB\/2008\/HLCM\/5; spells “Chief Security Advisor”/u));
    expect(framework.querySelectorAll('section.print-notes li').length).toBeGreaterThan(0);
    // Every paragraph a note names is a paragraph of its text.
    for (const file of globSync('content/policies/*/*.en.mdx')) {
      const data = frontmatterOf(file);
      if (data.lang !== 'en') continue;
      for (const note of data.printNotes)
        for (const n of note.paragraphs) expect(page(`/policies/${data.policy}/versions/${data.version}/`).getElementById(`p${n}`), `${file}: para ${n}`).not.toBeNull();
    }
  });
});

it('shows readers no reference-file row ids ("S2"), confidence marks or check commands, only what a source is', () => {
  const shown = pagePaths().flatMap((p) => {
    const body = text(page(p).querySelector('main'));
    return [...body.matchAll(/\((?:[^()]*[ ,;])?S\d{1,2}[),;]|confidence: (?:high|medium)|npm run/g)].map((m) => `${p}: ${m[0]}`);
  });
  expect(shown).toEqual([]);
});

describe('short titles', () => {
  it('head a document, its list entry and its search title; the formal title is stated once, under it', () => {
    const framework = page('/policies/framework-for-accountability/');
    expect(text(framework.querySelector('h1'))).toBe('Framework for Accountability');
    expect(framework.querySelector('h1')?.getAttribute('data-pagefind-meta')).toBe('title');
    expect(framework.querySelectorAll('.formal-title').map(text)).toEqual(['Formal title: INTER-ORGANIZATIONAL SECURITY MEASURES; FRAMEWORK FOR ACCOUNTABILITY FOR THE UNITED NATIONS SECURITY MANAGEMENT SYSTEM']);
    // Lists sort by the short title: the Framework is filed under F, not I.
    const titles = page('/policies/').querySelectorAll('ul.policy-list > li > a').map(text);
    expect(titles).toContain('Framework for Accountability');
    expect(titles).toEqual(titles.toSorted((a, b) => a.localeCompare(b, 'en')));
  });
});

it('leads a French reader to the French text of another version, not to a dead end', () => {
  const missing = page('/fr/policies/framework-for-accountability/');
  expect(missing.querySelector('.other-translations a')?.getAttribute('href')).toBe('/fr/policies/framework-for-accountability/versions/2009/');
});
