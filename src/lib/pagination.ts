/**
 * Long lists split into pages of a fixed size, so that no page grows with the
 * Manual: the decisions of a topic or a year can run into thousands.
 */

/** Decisions on one page of a list. */
export const PAGE_SIZE = 50;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

/** The pages of a list; an empty list still has its first page. */
export function pagesOf<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/**
 * The page numbers a pagination bar shows: the first and last, the current one and
 * its neighbours, and a gap (null) for each run left out: 1 … 4 5 6 … 20.
 */
export function pageLinks(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, i) => {
    const previous = shown[i - 1];
    if (previous === undefined || n === previous + 1) return [n];
    // A gap of one page shows that page rather than an ellipsis.
    return n === previous + 2 ? [previous + 1, n] : [null, n];
  });
}
