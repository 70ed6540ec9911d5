import { describe, expect, it } from 'vitest';
import { decisionsCsv, type DecisionOpenRecord } from './open-data.ts';

const record: DecisionOpenRecord = {
  session: '2010-06-vienna', paragraph: '128', url: 'https://example.org/history/2010-06-vienna/#para-128', citation: 'IASMN, Vienna 2010, para. 128 (CEB/2010/HLCM/20)',
  date: '2010-06-22', place: 'Vienna', report: 'ceb-2010-hlcm-20', heading: 'L. UNSMS Policy Manual (SPM)', text: 'The IASMN "agreed", then:',
  items: [{ marker: 'i)', text: 'first' }, { marker: 'ii)', text: 'second' }], verbs: ['agree', 'request'], addressees: ['dss'], topics: [], policies: ['security-policy-manual'], roles: [],
  followsUp: [{ session: '2009-08-london', paragraph: '8' }], summaryItem: null, implementation: null,
};

describe('decisions CSV', () => {
  it('quotes every field, doubles inner quotes, joins lists, and ends rows with CRLF', () => {
    const [header, row, end] = decisionsCsv([record]).split('\r\n');
    expect(header).toBe('session,paragraph,date,place,report,citation,url,heading,text,items,verbs,addressees,topics,policies,roles,followsUp,summaryItem,implementation');
    expect(row).toContain('"The IASMN ""agreed"", then:"');
    expect(row).toContain('"i) first\nii) second"');
    expect(row).toContain('"agree; request"');
    expect(row).toContain('"2009-08-london para 8"');
    expect(row!.endsWith('"",""')).toBe(true);
    expect(end).toBe('');
  });
});
