/** The recommendation history as built: the index, session pages, lists by facet, timelines on policy and role pages, open data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionAnchor } from '../../src/lib/decisions.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { DIST, page, pagePaths, text } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';

const sessions = readRecords('sessions').sort((a, b) => a.data.startDate.localeCompare(b.data.startDate));
const total = sessions.reduce((n, s) => n + s.data.decisions.length, 0);
const built = new Set(pagePaths());

describe('the history index', () => {
  const doc = page('/history/');
  it('lists the five sessions in order with their decision counts', () => {
    const items = doc.querySelectorAll('ol.timeline li');
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(sessions.map((s) => `/history/${s.id}/`));
    sessions.forEach((s, i) => expect(text(items[i])).toContain(`${s.data.decisions.length} decisions`));
  });
  it('links to a pre-rendered list for every topic, verb, addressee and year, with counts that add up', () => {
    const links = doc.querySelectorAll('.facet-list a').map((a) => a.getAttribute('href')!);
    for (const href of links) expect(built).toContain(href);
    const years = doc.querySelectorAll('.facet-list a[href^="/history/years/"]').map((a) => Number(/\((\d+)\)/.exec(text(a.parentNode))![1]));
    expect(years.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('a session page', () => {
  it('has every decision of the session under its heading, at its anchor, with its citation', () => {
    for (const session of sessions) {
      const doc = page(`/history/${session.id}/`);
      expect(doc.querySelectorAll('article.decision')).toHaveLength(session.data.decisions.length);
      for (const d of session.data.decisions) {
        const article = doc.getElementById(decisionAnchor(d.paragraph))!;
        expect(article, `${session.id} ${d.paragraph}`).not.toBeNull();
        expect(text(article.querySelector('.decision-text p'))).toBe(d.text);
        expect(text(article.closest('section')!.querySelector('h2'))).toBe(d.heading);
        expect(article.querySelectorAll('.decision-items li')).toHaveLength(d.items.length);
      }
    }
    const vienna = page('/history/2010-06-vienna/').getElementById('para-128')!;
    expect(vienna.querySelector('.citation')?.textContent).toBe('IASMN, Vienna 2010, para. 128 (CEB/2010/HLCM/20), http://127.0.0.1:4321/history/2010-06-vienna/#para-128');
  });

  it('keeps printed markers, misnumbering included', () => {
    const markers = page('/history/2008-02-washington/').getElementById('para-29')!.querySelectorAll('.decision-items .marker').map(text);
    expect(markers).toContain('vix)');
  });

  it('shows where the sources disagree on the dates of the Vienna meeting', () => {
    const note = text(page('/history/2010-06-vienna/').querySelector('.notice:not(.print-notes)'));
    expect(note).toContain('19-23 July 2010');
    expect(note).toContain('CEB/2009/HLCM/23/Rev.1, para. 19');
  });

  it('gives the chair and the HLCM session where the report prints them, and says "not recorded" where it does not', () => {
    const meta = (id: string) => text(page(`/history/${id}/`).querySelector('.policy-meta'));
    expect(meta('2009-08-london')).toContain('Chair Mr. Gregory B. Starr (DSS)');
    expect(meta('2010-06-vienna')).toContain('Chair not recorded');
    expect(meta('2010-06-vienna')).toContain('Submitted to not recorded');
    expect(meta('2008-02-washington')).toContain('Fifteenth Session');
  });

  it('gives the session as the report prints it: venue, host, chair, co-chair, secretary, attendance, report date, each with its place', () => {
    const meta = (id: string) => text(page(`/history/${id}/`).querySelector('.policy-meta'));
    const york = meta('2016-02-new-york');
    expect(york).toContain('Venue the United Nations Headquarters in New York (Executive Summary)');
    expect(york).toContain('Hosted by the Department of Safety and Security in the UN Secretariat (para. 2)');
    expect(york).toContain('Co-chair Mr. William Wairoa-Harrison (para. 2)');
    expect(york).toContain('Secretary Ms. Florence Poussin (Executive Summary)');
    expect(york).toContain('Attendance 54 participants, 42 organizations');
    expect(meta('2009-08-london')).toContain('Report dated 5 November 2009');
    expect(meta('2010-06-vienna')).toContain('Report dated not recorded');
    expect(meta('2010-06-vienna')).toContain('Venue the United Nations Office in Vienna (para. 1)');
    // French pages say it in French, the report's words marked English.
    const fr = page('/fr/history/2016-02-new-york/').querySelector('.policy-meta')!;
    expect(text(fr)).toContain('Lieu the United Nations Headquarters');
    expect(fr.querySelector('.printed [lang="en"]')).not.toBeNull();
  });

  it('marks what it reproduces as printed although it looks wrong, beside it, with the report', () => {
    const item = page('/history/2008-02-washington/').getElementById('para-29')!.querySelectorAll('.decision-items li').find((li) => text(li.querySelector('.marker')) === 'vix)')!;
    expect(text(item.querySelector('.as-printed'))).toBe('As printed in CEB/2008/HLCM/5; the sequence suggests viii); no closing punctuation.');
    const york = page('/history/2016-02-new-york/');
    expect(text(york.getElementById('para-65')!.querySelector('.as-printed'))).toMatch(/^As printed in Inter-Agency Security Management Network .*HLCCM/u);
    expect(york.querySelectorAll('.print-notes li').length).toBeGreaterThan(3);
  });

  it('says that Vienna para 126 reports a decision taken in Nairobi, and whether each follow-up link is stated or inferred', () => {
    const vienna = page('/history/2010-06-vienna/');
    expect(text(vienna.getElementById('para-126')!.querySelector('.taken-at q'))).toBe('12th session in Nairobi in February 2010');
    const links = text(vienna.getElementById('para-128')!.querySelector('.decision-meta'));
    expect(links).toContain('Follows up Vienna 2010, para. 126 (inferred by the editors: The approval of the SPM');
  });

  it('has the 2016 annexed summary of recommendations, each item linked to the paragraph that carries it, and the working groups', () => {
    const york = page('/history/2016-02-new-york/');
    const items = york.querySelectorAll('section.recommendations li');
    expect(items).toHaveLength(46);
    expect(items[1]!.getAttribute('id')).toBe('summary-2');
    expect(text(items[1])).toContain('The IASMN endorsed the SRM policy.');
    expect(items[1]!.querySelector('.recommendation-meta a')?.getAttribute('href')).toBe('#para-39');
    // Each decision links back to its item.
    expect(york.getElementById('para-39')!.querySelector('a[href="#summary-2"]')).not.toBeNull();
    const groups = york.querySelectorAll('section.working-groups > ul > li');
    expect(groups.length).toBeGreaterThanOrEqual(4);
    expect(text(york.querySelector('section.working-groups'))).toContain('Working Group on Security Arrangements in OECD countries');
  });

  it('says "not recorded" where no source states whether a decision was carried out', () => {
    const doc = page('/history/2009-08-london/');
    expect(text(doc.getElementById('para-6')!.querySelector('.decision-meta'))).toContain('Implementation not recorded');
  });
});

describe('lists by facet', () => {
  it('list the same decisions as the records, with links back to their place in the session', () => {
    const byYear = page('/history/years/2010/');
    const vienna = sessions.find((s) => s.id === '2010-06-vienna')!;
    expect(byYear.querySelectorAll('article.decision')).toHaveLength(vienna.data.decisions.length);
    expect(byYear.querySelector('article.decision a.para-num')?.getAttribute('href')).toBe(`/history/2010-06-vienna/#${decisionAnchor(vienna.data.decisions[0]!.paragraph)}`);
    const hlcm = sessions.flatMap((s) => s.data.decisions.filter((d) => d.addressees.includes('hlcm')));
    expect(page('/history/addressees/hlcm/').querySelectorAll('article.decision')).toHaveLength(hlcm.length);
  });
});

describe('a long list by facet', () => {
  // 2016 is the year with the most decisions in the sources: more than one page of PAGE_SIZE.
  const decided = sessions.filter((s) => s.data.startDate.startsWith('2016')).flatMap((s) => s.data.decisions.map((d) => `/history/${s.id}/#${decisionAnchor(d.paragraph)}`));
  const pages = [1, 2, 3].map((n) => (n === 1 ? '/history/years/2016/' : `/history/years/2016/${n}/`)).filter((path) => built.has(path));

  it(`is split into pages of ${PAGE_SIZE} that together list every decision once, in order`, () => {
    expect(decided.length).toBeGreaterThan(PAGE_SIZE);
    expect(pages).toHaveLength(Math.ceil(decided.length / PAGE_SIZE));
    const listed = pages.flatMap((path) => page(path).querySelectorAll('article.decision a.para-num').map((a) => a.getAttribute('href')));
    expect(listed).toEqual(decided);
    expect(page(pages[0]!).querySelectorAll('article.decision')).toHaveLength(PAGE_SIZE);
  });

  it('links the pages with previous, next and numbers, marking the current one', () => {
    const nav = page(pages[1]!).querySelector('nav.pagination');
    expect(nav?.getAttribute('aria-label')).toBe('Pages');
    expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/history/years/2016/');
    expect(nav?.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/history/years/2016/2/');
    expect(nav?.querySelectorAll('li a').map((a) => text(a))).toEqual(pages.map((_, i) => `Page ${i + 1}`));
    expect(page(pages[0]!).querySelector('nav.pagination a[rel="next"]')?.getAttribute('href')).toBe('/history/years/2016/2/');
    expect(text(page(pages[1]!).querySelector('title'))).toMatch(/^2016 \(Page 2 of \d+\) \| /);
  });

  it('says the page in French, with the French labels', () => {
    const doc = page('/fr/history/years/2016/2/');
    expect(doc.querySelector('nav.pagination')?.getAttribute('aria-label')).toBe('Pages');
    expect(text(doc.querySelector('nav.pagination a[rel="prev"]'))).toBe('Page précédente');
    expect(text(doc.querySelector('.page-of'))).toMatch(/^Page 2 sur \d+$/);
  });

  it('has no pagination when the list fits on one page', () => {
    expect(page('/history/years/2010/').querySelector('nav.pagination')).toBeNull();
  });
});

describe('decisions on policy and role pages', () => {
  it('lists, on a policy page, the decisions that name it, oldest first, linked to their paragraphs', () => {
    const expected = sessions.flatMap((s) => s.data.decisions.filter((d) => d.policies.includes('security-policy-manual')).map((d) => `/history/${s.id}/#${decisionAnchor(d.paragraph)}`));
    expect(expected.length).toBeGreaterThan(2);
    expect(page('/policies/security-policy-manual/').querySelectorAll('.policy-decisions a').map((a) => a.getAttribute('href'))).toEqual(expected);
  });
  it('lists, on a role page, the decisions that name it', () => {
    const expected = sessions.flatMap((s) => s.data.decisions.filter((d) => d.roles.includes('designated-official')).map((d) => `/history/${s.id}/#${decisionAnchor(d.paragraph)}`));
    expect(expected.length).toBeGreaterThan(0);
    expect(page('/roles/designated-official/').querySelectorAll('.decision-timeline a').map((a) => a.getAttribute('href'))).toEqual(expected);
  });
});

describe('open data', () => {
  it('publishes every decision as JSON and CSV', () => {
    const { decisions } = JSON.parse(readFileSync(`${DIST}/api/decisions.json`, 'utf8')) as { decisions: { session: string; paragraph: string; citation: string }[] };
    expect(decisions).toHaveLength(total);
    expect(decisions.find((d) => d.session === '2010-06-vienna' && d.paragraph === '128')?.citation).toBe('IASMN, Vienna 2010, para. 128 (CEB/2010/HLCM/20)');
    const csv = readFileSync(`${DIST}/api/decisions.csv`, 'utf8');
    expect(csv.startsWith('session,paragraph,date,place,report,citation,url,heading,text,')).toBe(true);
    expect(csv.split('\r\n').filter((row) => row.startsWith('"20')).length).toBe(total);
  });
});

describe('threads of decisions, linked both ways on the session pages', () => {
  /** Follows the "Follows up" links back from a decision to the start of its thread. */
  function back(session: string, paragraph: string): string[] {
    const chain = [`${session}#${paragraph}`];
    for (let [s, p] = [session, paragraph]; ; ) {
      const meta = page(`/history/${s}/`).getElementById(decisionAnchor(p))!.querySelector('.decision-meta')!;
      const dt = meta.querySelectorAll('dt').find((d) => text(d) === 'Follows up');
      if (!dt) return chain;
      const href = dt.parentNode!.querySelector('dd a')!.getAttribute('href')!;
      const [, next, anchor] = /^\/history\/([^/]+)\/#para-(.+)$/.exec(href)!;
      [s, p] = [next!, anchor!];
      chain.unshift(`${s}#${p}`);
      const later = page(`/history/${s}/`).getElementById(decisionAnchor(p))!.querySelectorAll('.decision-meta dd a').map((a) => a.getAttribute('href'));
      expect(later, `${s} ${p} links forward`).toContain(`/history/${chain[1]!.replace('#', '/#para-')}`);
    }
  }
  it.each([
    ['the Field Security Handbook becoming the Security Policy Manual', '2016-02-new-york', '120', ['2007-10-turin#23', '2009-08-london#8', '2010-06-vienna#126', '2010-06-vienna#128', '2016-02-new-york#120']],
    ['the Framework for Accountability', '2009-08-london', '6', ['2007-10-turin#26', '2008-02-washington#11', '2009-08-london#6']],
    ['security information and operations centres', '2008-02-washington', '18', ['2007-10-turin#28', '2008-02-washington#18']],
    ['women’s security awareness training', '2016-02-new-york', '54', ['2009-08-london#15', '2010-06-vienna#181', '2016-02-new-york#54']],
  ])('%s', (_, session, paragraph, chain) => {
    expect(back(session, paragraph)).toEqual(chain);
  });

  it('aviation safety: the 2008 decision shows what the 2010 report says DSS had done, with its source', () => {
    const meta = text(page('/history/2008-02-washington/').getElementById('para-39')!.querySelector('.decision-meta'));
    expect(meta).toContain('Reported in June 2010');
    expect(meta).toContain('CEB/2010/HLCM/20, para. 189');
  });

  it('French translation of policies (2016): the decision is under its topic and on the Manual’s page', () => {
    expect(page('/history/topics/translation/').querySelector('a.para-num[href="/history/2016-02-new-york/#para-117"]')).not.toBeNull();
    expect(page('/policies/security-policy-manual/').querySelector('.policy-decisions a[href="/history/2016-02-new-york/#para-117"]')).not.toBeNull();
  });
});

it('links a policy’s recorded events to the decisions they cite', () => {
  const links = page('/policies/security-policy-manual/').querySelectorAll('.policy-history a.event-decision').map((a) => a.getAttribute('href'));
  expect(links).toEqual(expect.arrayContaining(['/history/2007-10-turin/#para-23', '/history/2009-08-london/#para-8']));
  for (const href of links) expect(page(href!.split('#')[0]!).getElementById(href!.split('#')[1]!)).not.toBeNull();
});

describe('in French', () => {
  const topics = readRecords('topics');
  it('names every topic in French on the index, its own list and each decision, in the page’s language', () => {
    const index = page('/fr/history/');
    for (const { id, data } of topics) {
      const link = index.querySelector(`.facet-list a[href="/fr/history/topics/${id}/"]`);
      if (!link) continue;
      const french = data.fr!.name.charAt(0).toUpperCase() + data.fr!.name.slice(1);
      expect(text(link)).toBe(french);
      expect(link.getAttribute('lang')).toBeUndefined();
      const list = page(`/fr/history/topics/${id}/`);
      expect(text(list.querySelector('h1'))).toBe(french);
      for (const a of list.querySelectorAll(`.decision a[href="/fr/history/topics/${id}/"]`)) expect(text(a)).toBe(french);
    }
  });
  it('names roles in French and marks English policy titles as English in each decision', () => {
    const doc = page(`/fr/history/${sessions.find((s) => s.data.decisions.some((d) => d.roles.includes('designated-official')))!.id}/`);
    const role = doc.querySelector('.decision-meta a[href="/fr/roles/designated-official/"]');
    expect(text(role)).toBe('Responsable désigné');
    expect(role?.getAttribute('lang')).toBeUndefined();
    for (const a of doc.querySelectorAll('.decision-meta a[href^="/fr/policies/"]')) expect(a.getAttribute('lang')).toBe('en');
    expect(doc.querySelectorAll('.decision-meta a[href^="/fr/policies/"]').length).toBeGreaterThan(0);
  });
});
