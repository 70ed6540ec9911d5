import { describe, expect, it } from 'vitest';
import type { ManualChapterRecord } from '../schemas/manual.ts';
import { chaptersInOrder, neighbours, placements, sectionLabel, whereToRead, type ChapterEntry } from './manual.ts';

const src = [{ url: 'https://example.org/s1', title: 'S1', confidence: 'high' as const }];
const chapter = (id: string, number: string, order: number, sections: [string | undefined, string, string?][]): ChapterEntry => ({
  id,
  data: {
    number, order, classification: 'public', sources: src,
    sections: sections.map(([letter, title, policy]) => ({ ...(letter ? { letter } : {}), title, ...(policy ? { policy } : {}), edition: 'S1', sources: src, earlier: [] })),
  } satisfies ManualChapterRecord,
});

const chapters = [chapter('chapter-iv', 'IV', 4, [['A', 'SRM', 'srm'], ['B', 'Planning']]), chapter('chapter-ii', 'II', 2, [['A', 'FoA', 'foa'], ['D', 'ToR', 'tor']])];

describe('manual', () => {
  it('orders chapters and finds where each policy is placed', () => {
    expect(chaptersInOrder(chapters).map((c) => c.data.number)).toEqual(['II', 'IV']);
    const placed = placements(chapters);
    expect([...placed.keys()]).toEqual(['foa', 'tor', 'srm']);
    expect(sectionLabel(placed.get('srm')!)).toBe('IV-A');
  });
  it('places a policy where an earlier edition stood, unless a current placement names it', () => {
    const sls = { letter: 'B', title: 'SLS', edition: '2011', sources: src, policy: 'sls' };
    const iv = chapter('chapter-iv', 'IV', 4, [['A', 'SRM', 'srm'], ['B', 'Planning']]);
    iv.data.sections[1]!.earlier = [sls, { ...sls, letter: 'C', policy: 'srm' }];
    const placed = placements([iv]);
    expect([...placed.keys()]).toEqual(['srm', 'sls']);
    expect(placed.get('sls')).toMatchObject({ current: false, at: { letter: 'B', title: 'SLS' } });
    expect(placed.get('srm')).toMatchObject({ current: true, at: { letter: 'A' } });
    expect(sectionLabel(placed.get('sls')!)).toBe('IV-B');
  });
  it('gives previous and next in the Manual order', () => {
    const around = neighbours(placements(chapters));
    expect(around('tor')).toEqual({ previous: 'foa', next: 'srm' });
    expect(around('foa')).toEqual({ next: 'tor' });
    expect(around('srm')).toEqual({ previous: 'tor' });
    expect(around('unplaced')).toEqual({});
  });
  it('tells where to read a text not on this site: its own copies first, then the listings that place it, once each', () => {
    const portal = { url: 'https://policy.un.org/policy-all', title: 'Portal listing', confidence: 'high' as const };
    const iv = chapter('chapter-iv', 'IV', 4, [['A', 'SRM', 'srm']]);
    iv.data.sections[0]!.sources = [portal, ...src];
    const copy = { url: 'https://example.org/s1', title: 'SRM copy', kind: 'mirror' as const };
    expect(whereToRead([copy], placements([iv]).get('srm'))).toEqual([copy, { url: portal.url, title: 'Portal listing', kind: 'portal' }]);
    expect(whereToRead([], undefined)).toEqual([]);
  });
});
