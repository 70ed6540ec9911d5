/** Related documents and the responsibilities that name a policy, on its page. */
import { describe, expect, it } from 'vitest';
import { page, pagePaths, text } from '../helpers/dist.ts';

const related = (path: string) => page(path).querySelector('section.related');
const terms = (path: string) =>
  related(path)!
    .querySelectorAll('dl.related-documents:not(.replaces) > div')
    .map((group) => [text(group.querySelector('dt')), group.querySelectorAll('dd > a').map((a) => a.getAttribute('href'))]);

describe('related documents', () => {
  it('shows a relation on both documents, under a heading that reads the right way', () => {
    expect(terms('/policies/moss-guidelines-2009/')).toEqual([['Guidelines for', ['/policies/minimum-operating-security-standards/']]]);
    expect(terms('/policies/minimum-operating-security-standards/')).toEqual([['Guidelines', ['/policies/moss-guidelines-2009/']]]);
    expect(terms('/policies/immediate-response-to-gender-based-security-incidents/')).toEqual([['Annex of', ['/policies/gender-inclusion-in-security-management/']]]);
  });

  it('groups the three new chapters of the Manual under one heading, with the source of the relation', () => {
    const groups = terms('/policies/security-policy-manual/');
    expect(groups).toContainEqual(['To replace', ['/policies/field-security-handbook/']]);
    const chapters = groups.find(([term]) => term === 'Chapters')?.[1] as string[] | undefined;
    expect(chapters?.toSorted()).toEqual(['/policies/spm-chapter-information-sensitivity/', '/policies/spm-chapter-introduction/', '/policies/spm-chapter-role-of-dss/']);
    const toReplace = related('/policies/security-policy-manual/')!.querySelectorAll('dl.related-documents:not(.replaces) dd').find((dd) => dd.querySelector('a[href="/policies/field-security-handbook/"]'));
    expect(text(toReplace)).toContain('CEB/2010/HLCM/20, para. 126');
  });

  it('lists the responsibilities that name the policy, per Framework version, linked to where they are printed', () => {
    const section = related('/policies/minimum-operating-residential-security-standards/')!;
    const in2009 = section.querySelector('#named-2009')!.parentNode!.querySelectorAll('li');
    expect(in2009.map((li) => text(li.querySelector('a')))).toContain('Local Security Assistants, 5.');
    const lsa = in2009.find((li) => text(li).includes('Local Security Assistants'))!;
    expect(text(lsa.querySelector('q'))).toBe('Assists in preparing MOSS and MORSS and monitoring compliance;');
    // The 2009 text is not recorded as in force: its responsibilities link to that version's page.
    expect(lsa.querySelector('a')!.getAttribute('href')).toMatch(/^\/policies\/framework-for-accountability\/versions\/2009\/#annex-[a-p]-5$/);
    // The 2008 text is the one in force, at the policy's URL.
    const in2008 = section.querySelector('#named-2008')!.parentNode!.querySelectorAll('a');
    expect(in2008.length).toBeGreaterThan(0);
    for (const a of in2008) expect(a.getAttribute('href')).toMatch(/^\/policies\/framework-for-accountability\/#annex-[a-n]-[a-z]$/);
  });

  it('does not take "MOSS" inside "MORSS" for a mention of MOSS', () => {
    const moss = related('/policies/minimum-operating-security-standards/')!;
    for (const q of moss.querySelectorAll('q')) expect(text(q)).toMatch(/\bMOSS\b|minimum operating security standards/i);
  });

  it('has only links that lead to a built page and an existing anchor', () => {
    const built = new Set(pagePaths());
    for (const path of built) {
      if (!path.includes('/policies/') || path.includes('/versions/') || path.includes('/compare/')) continue;
      for (const a of related(path)?.querySelectorAll('a[href^="/"]') ?? []) {
        const [target, anchor] = a.getAttribute('href')!.split('#');
        expect(built, `${path} links to ${target}`).toContain(target);
        if (anchor) expect(page(target!).getElementById(anchor), `${path} links to ${a.getAttribute('href')}`).not.toBeNull();
      }
    }
  });
});
