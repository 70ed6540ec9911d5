import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/index.ts';
import { citeSource, linkKind } from './sources.ts';

const documents = new Map([
  ['ceb-2009-hlcm-23-rev-1', { symbol: 'CEB/2009/HLCM/23/Rev.1', title: 'Report' }],
  ['iasmn-23-final-report', { title: 'IASMN 23rd session, final report' }],
]);

describe('citing sources', () => {
  it('gives the symbol and the place', () => {
    expect(citeSource({ document: 'ceb-2009-hlcm-23-rev-1', annex: 'B', paragraph: '13' }, documents, useTranslations('en'))).toEqual({
      label: 'CEB/2009/HLCM/23/Rev.1',
      place: 'Annex B, para. 13',
    });
    expect(citeSource({ document: 'ceb-2009-hlcm-23-rev-1', paragraph: '6' }, documents, useTranslations('fr')).place).toBe('par. 6');
  });
  it('uses the title where the document prints no symbol', () => {
    expect(citeSource({ document: 'iasmn-23-final-report', paragraph: '116' }, documents, useTranslations('en')).label).toBe('IASMN 23rd session, final report');
  });
  it('refuses an unknown document', () => {
    expect(() => citeSource({ document: 'nope', paragraph: '1' }, documents, useTranslations('en'))).toThrow(/unknown source document "nope"/);
  });
});

describe('web sources', () => {
  it('say what they lead to, and that they show only part where they do, in the page’s language', () => {
    const web = { url: 'https://example.org/page', title: 'A page', confidence: 'medium' as const };
    expect(citeSource(web, new Map(), useTranslations('en'))).toEqual({ label: 'A page', place: 'mirror, not an official UN page, secondary or partial', url: 'https://example.org/page' });
    expect(citeSource({ ...web, url: 'https://policy.un.org/x', confidence: 'high' }, new Map(), useTranslations('fr')).place).toBe('Portail des politiques de l’ONU, officiel');
  });
});

describe('what a link leads to', () => {
  it('tells the Policy Portal, other official UN pages and mirrors apart', () => {
    expect(linkKind('https://policy.un.org/policy-all?page=2')).toBe('portal');
    expect(linkKind('https://unsceb.org/content/action-unsms-security-policy-manual')).toBe('official');
    expect(linkKind('http://www.fao.org/un-security-italy/security-level-system-sls/fr/')).toBe('official');
    expect(linkKind('https://scribd.com/document/325389199/SPM-II-B-Framework-of-Accountability-04-02-2011-pdf')).toBe('mirror');
    expect(linkKind('https://un.org.example.net/copy')).toBe('mirror');
  });
});
