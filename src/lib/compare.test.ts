import { describe, expect, it } from 'vitest';
import { changeSummary, compareParagraphs, type ComparedParagraph } from './compare.ts';

const p = (number: string | number, text: string): ComparedParagraph => ({ number: String(number), text });
const shape = (before: ComparedParagraph[], after: ComparedParagraph[]) =>
  compareParagraphs(before, after).rows.map((r) => `${r.kind}${r.moved ? '+moved' : ''} ${r.before.map((x) => x.number).join('+') || '-'} → ${r.after.map((x) => x.number).join('+') || '-'}`);

const A = 'The Designated Official is accountable to the Secretary-General for the security of personnel.';
const B = 'Wardens are appointed in writing to assist in the implementation of the security plan.';
const C = 'Personnel must attend security briefings and obtain security clearance prior to travelling.';
const D = 'The Security Management Team advises the Designated Official on all security-related matters.';

describe('comparing versions paragraph by paragraph', () => {
  it('pairs identical text whatever its number', () => {
    expect(shape([p(1, A), p(2, B)], [p(4, A), p(5, B)])).toEqual(['unchanged 1 → 4', 'unchanged 2 → 5']);
  });

  it('finds a reworded paragraph and the words that changed', () => {
    const { rows, summary } = compareParagraphs([p(2, 'The goal of the system is to enable the conduct of activities while ensuring the safety and security of staff.')], [p(5, 'The goal of the UNSMS is to enable the conduct of United Nations activities while ensuring the safety, security and well-being of personnel.')]);
    expect(rows.map((r) => r.kind)).toEqual(['changed']);
    expect(rows[0]?.words.filter((w) => w.removed).map((w) => w.value.trim())).toContain('staff');
    expect(rows[0]?.words.filter((w) => w.added).map((w) => w.value.trim()).join(' ')).toContain('well-being');
    expect(summary).toMatchObject({ changed: 1, unchanged: 0, added: 0, removed: 0 });
  });

  it('finds reordered paragraphs and marks only the moved one', () => {
    expect(shape([p(1, A), p(2, B), p(3, C)], [p(1, B), p(2, C), p(3, A)])).toEqual(['unchanged 2 → 1', 'unchanged 3 → 2', 'unchanged+moved 1 → 3']);
  });

  it('finds a paragraph split in two', () => {
    const whole = `${A} ${D}`;
    expect(shape([p(1, whole), p(2, B)], [p(1, A), p(2, D), p(3, B)])).toEqual(['split 1 → 1+2', 'unchanged 2 → 3']);
  });

  it('does not call a similar paragraph far away a piece of a split', () => {
    const whole = `${A} ${D}`;
    expect(shape([p(1, whole), p(2, B)], [p(1, A), p(2, B), p(3, D)])).toEqual(['changed 1 → 1', 'unchanged 2 → 2', 'added - → 3']);
  });

  it('finds two paragraphs merged into one', () => {
    expect(shape([p(1, A), p(2, D), p(3, B)], [p(1, `${A} ${D}`), p(2, B)])).toEqual(['merged 1+2 → 1', 'unchanged 3 → 2']);
  });

  it('places added and removed paragraphs where they stood', () => {
    const { rows, summary } = compareParagraphs([p(1, A), p(2, C), p(3, B)], [p(1, A), p(2, D), p(3, B)]);
    expect(rows.map((r) => `${r.kind} ${r.before[0]?.number ?? '-'} ${r.after[0]?.number ?? '-'}`)).toEqual(['unchanged 1 1', 'removed 2 -', 'added - 2', 'unchanged 3 3']);
    expect(summary).toEqual({ unchanged: 2, changed: 0, split: 0, merged: 0, added: 1, removed: 1, moved: 0 });
  });

  it('handles empty versions', () => {
    expect(shape([], [p(1, A)])).toEqual(['added - → 1']);
    expect(shape([p(1, A)], [])).toEqual(['removed 1 → -']);
  });
});

describe('the summary in words', () => {
  it('lists added, removed, reworded and renumbered paragraphs, each with its rows, and leaves out what did not happen', () => {
    const { rows } = compareParagraphs([p(1, A), p(2, B), p(3, C)], [p(1, A), p(2, `${C} And more.`), p(3, D)]);
    expect(rows.map((r) => r.kind)).toEqual(['unchanged', 'removed', 'changed', 'added']);
    expect(changeSummary(rows)).toEqual([
      { kind: 'added', rows: [3] },
      { kind: 'removed', rows: [1] },
      { kind: 'reworded', rows: [2] },
      { kind: 'renumbered', rows: [2] },
    ]);
    expect(changeSummary(compareParagraphs([p(1, A)], [p(1, A)]).rows)).toEqual([]);
  });
});
