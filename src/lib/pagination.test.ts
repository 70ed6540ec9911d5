import { describe, expect, it } from 'vitest';
import { pageLinks, pagesOf } from './pagination.ts';

describe('pagesOf', () => {
  it('splits a list into pages of the given size, numbering from 1', () => {
    const pages = pagesOf(Array.from({ length: 7 }, (_, i) => i), 3);
    expect(pages.map((p) => p.items)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('gives an empty list one empty page, and an exact multiple no empty last page', () => {
    expect(pagesOf([], 3)).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(pagesOf([1, 2, 3, 4, 5, 6], 3)).toHaveLength(2);
  });
});

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows the ends and the current page with its neighbours, with gaps between', () => {
    expect(pageLinks(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(pageLinks(1, 20)).toEqual([1, 2, null, 20]);
    expect(pageLinks(20, 20)).toEqual([1, null, 19, 20]);
  });

  it('shows a single left-out page instead of a gap', () => {
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
    expect(pageLinks(17, 20)).toEqual([1, null, 16, 17, 18, 19, 20]);
  });
});
