/**
 * The Framework for Accountability as built: the 2009 text at its version URL
 * (paragraphs, citations, the annex from role records), and the policy's URL,
 * which shows the 2008 text in force with the 2009 changes not yet in force.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/markdown.ts';
import { numberedParagraphs } from '../../src/lib/paragraphs.ts';
import { annexActors, responsibilityAnchor } from '../../src/lib/roles.ts';
import { page, pagePaths, SITE, text } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';

const URL_PATH = '/policies/framework-for-accountability/';
const VERSION_PATH = `${URL_PATH}versions/2009/`;
const MDX = 'content/policies/framework-for-accountability/2009.en.mdx';
const doc = page(VERSION_PATH);
const main = page(URL_PATH);
const roles = readRecords('roles');

describe('Framework for Accountability (2009) at its version URL', () => {
  it('numbers every paragraph exactly as the check does', () => {
    const source = readFileSync(MDX, 'utf8');
    const checked = numberedParagraphs(parseMdx(source), source).map((p) => `p${p.number}`);
    const rendered = doc.querySelectorAll('main .para').map((p) => p.id);
    expect(rendered).toEqual(checked);
    expect(rendered).toHaveLength(30);
  });

  it('shows each number as a permalink to its anchor', () => {
    for (const para of doc.querySelectorAll('main .para')) {
      const n = para.id.slice(1);
      const link = para.querySelector('a.para-num');
      expect(link?.getAttribute('href')).toBe(`#p${n}`);
      expect(text(link)).toBe(`Paragraph ${n}.`);
    }
  });

  it('gives each paragraph a citation with its URL, readable without JavaScript', () => {
    const para = doc.querySelector('#p13');
    const citation = para?.querySelector('details.para-cite .citation');
    expect(text(para?.querySelector('details.para-cite summary'))).toContain('Cite paragraph 13');
    expect(text(citation)).toBe(`Framework for Accountability (2009), para. 13 (CEB/2009/HLCM/23/Rev.1, Annex B) ${SITE}${VERSION_PATH}#p13`);
    expect(citation?.querySelector('a')?.getAttribute('href')).toBe(`${SITE}${VERSION_PATH}#p13`);
    expect(text(para?.querySelector('.para-body'))).toMatch(/^In each country or designated area/);
  });

  it('renders the annex from the role records, every responsibility at its anchor', () => {
    const actors = annexActors(roles, '2009');
    const rendered = doc.querySelectorAll('section.annex section.actor h3').map((h) => h.id);
    expect(rendered).toEqual(actors.map((a) => `annex-${a.version.annex.letter.toLowerCase()}`));
    let count = 0;
    for (const actor of actors) {
      for (const group of [actor, ...actor.children]) {
        for (const r of group.version.responsibilities) {
          const item = doc.querySelector(`#${responsibilityAnchor(actor.version.annex.letter, r.marker)}`);
          expect(text(item)).toBe(r.marker ? `${r.marker} ${r.text}` : r.text);
          count++;
        }
      }
    }
    expect(doc.querySelectorAll('section.annex .responsibilities li').length + doc.querySelectorAll('section.annex p[id]').length).toBe(count);
    expect(text(doc.querySelector('#annex'))).toBe('Annex: Roles and Responsibilities of Actors within the United Nations Security Management System');
  });

  it('prints the groups under L with their qualifiers, and the annex footnotes', () => {
    const l = doc.querySelector('#annex-l')?.parentNode;
    expect(l?.querySelectorAll('h4').map(text)).toEqual([
      'Chief of Security and Safety Services/Sections',
      'Chief Security Officer for Peacekeeping Missions (where the Head of Mission is not the Designated Official and where a UNDSS Chief Security Adviser is present)',
      'Field Security Coordination Officers (responsible and accountable to the Chief Security Adviser/Security Adviser)',
    ]);
    expect(text(doc.querySelector('#annex-j')?.parentNode?.querySelector('.footnote'))).toMatch(/^4 The term 'Chief Security Adviser'/);
  });

  it('states status, version, source and history, each cited', () => {
    const meta = text(doc.querySelector('.policy-meta'));
    expect(meta).toContain('Proposed');
    expect(meta).toContain('Submitted for approval; the sources do not record that it was approved.');
    expect(meta).toContain('2009');
    expect(meta).toContain('CEB/2009/HLCM/23/Rev.1, Annex B');
    const history = text(doc.querySelector('.policy-history'));
    expect(history).toMatch(/4\s–\s6 August 2009/u);
    expect(history).toContain('CEB/2009/HLCM/23/Rev.1, para. 6');
  });

  it('says when it last changed with the latest major change note typed with the text, never a commit message', () => {
    const [subject] = execFileSync('git', ['log', '-1', '--format=%s', '--', MDX], { encoding: 'utf8' }).trim().split('\n');
    const changed = doc.querySelector('.last-changed');
    expect(changed?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-22');
    expect(text(changed)).toMatch(/^22 November 2026: No longer shown as the current text: .+ all updates$/);
    expect(changed?.querySelector('a')?.getAttribute('href')).toBe('#updates');
    expect(text(changed)).not.toContain(subject);
  });

  it('gives every policy text a "last changed" written for readers', () => {
    for (const path of pagePaths().filter((p) => /\/policies\/[^/]+\/(versions\/[^/]+\/)?$/.test(p))) {
      const changed = page(path).querySelector('.last-changed');
      if (!changed) continue;
      expect(text(changed), path).toMatch(/^\d{1,2}(er)? \S+ \d{4}: .+ (all updates|toutes les mises à jour)$/u);
    }
  });

  it('has a table of contents of its parts and the annex, and a URL for print', () => {
    expect(doc.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href'))).toEqual(['#i-scope', '#ii-mission-statement-of-the-united-nations-security-management-system', '#iii-governance-mechanism', '#iv-actors-within-the-united-nations-security-management-system', '#v-conclusion', '#annex']);
    expect(text(doc.querySelector('.print-url'))).toMatch(new RegExp(`^Printed from: ${SITE}${VERSION_PATH} \\(the text as on this site on \\d{1,2} [A-Z][a-z]+ \\d{4}\\)$`));
  });

  it('expands each glossary acronym on its first use in the text', () => {
    const abbrs = doc.querySelectorAll('.policy-body abbr').map((a) => [text(a), a.getAttribute('title')]);
    expect(abbrs).toContainEqual(['UNSMS', 'United Nations Security Management System']);
    expect(abbrs).toContainEqual(['DO', 'Designated Official']);
    expect(new Set(abbrs.map(([a]) => a)).size).toBe(abbrs.length);
  });

  it('lists its change notes, GOV.UK style: major ones in view, minor ones folded away', () => {
    const section = doc.querySelector('section.change-notes')!;
    expect(text(section.querySelector('h2'))).toBe('Updates to this page');
    const major = section.querySelectorAll(':scope > ol > li');
    expect(major.map((li) => text(li))).toContainEqual(expect.stringMatching(/^22 November 2026: Full text published: paragraphs 1 to 30/));
    expect(major[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-22');
    expect(text(section.querySelector('details > summary'))).toBe('Minor changes (1)');
    // Every text has at least the note that it was published here.
    expect(text(page('/policies/use-of-force-policy/').querySelector('section.change-notes li'))).toMatch(/^\d{1,2} \S+ \d{4}: Published on this site\.$/);
  });
});

describe('the policy URL: the 2011 edition applies, and the 2008 text is shown with the period it applied', () => {
  it('says first what applies now: the latest recorded edition, its date and source, and where to read it', () => {
    const standing = main.querySelector('section.standing')!;
    expect(standing.getAttribute('data-status')).toBe('in-force');
    const says = text(standing);
    expect(says).toContain('In force');
    expect(says).toContain('Latest recorded edition: version 2011, 4 February 2011, technical review 1 May 2017.');
    expect(says).toContain('The Manual: Chapter II, Section A.');
    expect(says).toContain('Its text is not published on this site.');
    // Each public copy says what it leads to; these are mirrors, not official pages.
    const copies = standing.querySelectorAll('.copies li');
    expect(copies.length).toBeGreaterThanOrEqual(2);
    for (const copy of copies) expect(text(copy)).toContain('a copy of the official document on a document-sharing site, not an official UN page');
    // Search files the policy under the status that applies now.
    expect(standing.querySelector('[data-pagefind-filter="status"]')?.textContent).toBe('In force');
  });

  it('shows the 2008 text, and says from when until when it applied and that the end is inferred', () => {
    expect(text(main.querySelector('.standing-shown'))).toBe(
      'The text below is version 2008. It applied from a date not recorded (its adoption is reported on 26 February 2008) until 4 February 2011. Inferred: version 2011 took effect on 4 February 2011; no source says it replaced this text.',
    );
    expect(text(main.querySelector('.policy-meta'))).toContain('Superseded');
    expect(text(main.querySelector('.policy-meta'))).toContain('2008 (date not recorded)');
    expect(main.querySelectorAll('main .para')).toHaveLength(19);
    // The 2008 annex letters its actors A-N.
    expect(main.querySelectorAll('section.annex section.actor h3').map((h) => h.id).at(-1)).toBe('annex-n');
  });

  it('lists no change not yet in force, and the 2009 page says it is an earlier version, not the one that applies', () => {
    expect(main.querySelector('header .pending')).toBeNull();
    expect(text(doc.querySelector('.version-banner'))).toBe('This is an earlier version of this document, kept for reference. The current version is Version 2011.');
    expect(doc.querySelector(`.version-banner a[href="${URL_PATH}versions/2011/"]`)).not.toBeNull();
    // Each version is listed with its status now, and the text shown can be compared with the others.
    const versions = text(main.querySelector('section.versions'));
    expect(versions).toMatch(/Version 2011 In force · 4 February 2011 · current version/u);
    expect(versions).toContain('Version 2009 Proposed');
    expect(versions).toContain('Version 2008 Superseded');
    expect(main.querySelector(`section.versions a[href="${URL_PATH}compare/2008/2009/"]`)).not.toBeNull();
  });

  it('sits in the Manual: the breadcrumb goes through its chapter', () => {
    const crumbs = main.querySelectorAll('nav.breadcrumbs a');
    expect(crumbs.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Chapter II', '/manual/#chapter-ii'],
      ['Framework for Accountability', URL_PATH],
    ]);
  });

  it('leads to the next document of the Manual, and back', () => {
    const next = main.querySelector('nav.pager a[rel="next"]')?.getAttribute('href');
    expect(next).toBe('/policies/iasmn-terms-of-reference/');
    expect(page(next!).querySelector('nav.pager a[rel="prev"]')?.getAttribute('href')).toBe(URL_PATH);
    // Chapter I, the introduction, comes before it.
    expect(main.querySelector('nav.pager a[rel="prev"]')?.getAttribute('href')).toBe('/policies/spm-chapter-introduction/');
  });

  it('is indexed for search with its kind and status as filters', () => {
    expect(main.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
    expect(text(main.querySelector('[data-pagefind-filter="kind"]'))).toBe('Policy');
    expect(text(main.querySelector('[data-pagefind-filter="status"]'))).toBe('In force');
  });
});

describe('the same policy at its French URL, with no French text', () => {
  const fr = page('/fr/policies/framework-for-accountability/');

  it('says so in French and links to the English text', () => {
    expect(fr.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(text(fr.querySelector('h1'))).toBe('Ce document n’existe pas encore en français');
    const link = fr.querySelector('main a[hreflang="en"]');
    expect(link?.getAttribute('href')).toBe(URL_PATH);
    expect(link?.querySelector('[lang="en"]')).not.toBeNull();
  });

  it('presents no English text as French and is kept out of search', () => {
    expect(fr.querySelector('[data-pagefind-body]')).toBeNull();
    expect(fr.querySelectorAll('.para')).toHaveLength(0);
    expect(text(fr.querySelector('main'))).not.toContain('The primary responsibility');
  });
});
