import { describe, expect, it } from 'vitest';
import { parseMdx } from './markdown.ts';
import { gluedParagraphLines, numberedParagraphs, numberingProblems, paragraphsOfBody, paragraphText } from './paragraphs.ts';

const parse = (source: string) => numberedParagraphs(parseMdx(source), source);

describe('numbered paragraphs', () => {
  it('reads the number the author typed, not the one Markdown counts', () => {
    const source = '## A\n\n1. One.\n\n3. Three.\n\n## B\n\n7. Seven.\n';
    expect(parse(source).map((p) => [p.number, p.line])).toEqual([
      [1, 3],
      [3, 5],
      [7, 9],
    ]);
  });

  it('keeps sub-items, bullets and continuation paragraphs inside their paragraph', () => {
    const source = '6. Principles:\n\n   - first;\n   - second.\n\n7. Governance:\n\n   a) one; and\n\n   b) two.\n';
    const paragraphs = parse(source);
    expect(paragraphs.map((p) => p.number)).toEqual([6, 7]);
    expect(paragraphText(paragraphs[1]!.item)).toBe('Governance: a) one; and b) two.');
  });

  it('ignores ordered lists nested inside a paragraph', () => {
    const source = '1. Text:\n\n   1. nested\n   2. nested\n\n2. Next.\n';
    expect(parse(source).map((p) => p.number)).toEqual([1, 2]);
  });

  it('accepts a clean sequence', () => {
    expect(numberingProblems(parse('1. a\n\n2. b\n\n3. c\n'))).toEqual([]);
  });

  it('reports a gap at the paragraph after it', () => {
    expect(numberingProblems(parse('1. a\n\n2. b\n\n4. d\n'))).toEqual([
      { line: 5, message: 'paragraph numbering jumps to 4: paragraph 3 is missing; number paragraphs 1, 2, 3, … without gaps' },
    ]);
  });

  it('reports a missing first paragraph and a run of missing ones', () => {
    expect(numberingProblems(parse('3. c\n')).map((p) => p.message)).toEqual([
      'paragraph numbering jumps to 3: paragraph 1 to 2 is missing; number paragraphs 1, 2, 3, … without gaps',
    ]);
  });

  it('reports a duplicate with the line of the first one', () => {
    expect(numberingProblems(parse('1. a\n\n2. b\n\n2. again\n\n3. c\n'))).toEqual([
      { line: 5, message: 'paragraph 2 is numbered twice (also on line 3); give each paragraph its own number' },
    ]);
  });

  it('reports a step back', () => {
    expect(numberingProblems(parse('1. a\n\n## H\n\n3. c\n\n2. b\n')).map((p) => p.message)).toContain(
      'paragraph 2 comes after paragraph 3; paragraphs must be in increasing order',
    );
  });

  it('finds a numbered line glued to the paragraph above', () => {
    const source = 'Intro text\n14. looks numbered\n';
    expect(parse(source)).toEqual([]);
    expect(gluedParagraphLines(parseMdx(source))).toEqual([2]);
  });
});

describe('paragraphs of a body', () => {
  it('gives number and text of each numbered paragraph, footnote markers left out', () => {
    expect(paragraphsOfBody('## I. Part\n\n1. One[^1].\n\n2. Two:\n\n   - a;\n   - b.\n\n[^1]: Note.\n')).toEqual([
      { number: '1', text: 'One.' },
      { number: '2', text: 'Two: a; b.' },
    ]);
  });
});
