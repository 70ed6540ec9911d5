/**
 * Numbered paragraphs. Authors write `13. Text…` at the start of a line; in
 * Markdown that is an ordered-list item, so a paragraph is a list item of a
 * top-level ordered list. Its number is the one the author typed (read from the
 * source), not the one Markdown would count, so that a gap or a duplicate shows
 * up as written. The renderer and the check both use this module.
 */
import type { List, ListItem, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMdx } from './markdown.ts';

export interface NumberedParagraph {
  number: number;
  /** 1-based line of the paragraph's marker in the parsed source. */
  line: number;
  item: ListItem;
}

export interface NumberedList {
  list: List;
  /** Index of the list among the root's children. */
  index: number;
  paragraphs: NumberedParagraph[];
}

const MARKER = /^(\d{1,9})[.)]/;

export function numberedLists(tree: Root, source: string): NumberedList[] {
  const lists: NumberedList[] = [];
  tree.children.forEach((node, index) => {
    if (node.type !== 'list' || !node.ordered) return;
    const paragraphs = node.children.map((item): NumberedParagraph => {
      const start = item.position?.start;
      const marker = start?.offset === undefined ? null : MARKER.exec(source.slice(start.offset));
      if (!start || !marker) throw new Error('ordered list item without a source position or marker');
      return { number: Number(marker[1]), line: start.line, item };
    });
    lists.push({ list: node, index, paragraphs });
  });
  return lists;
}

export function numberedParagraphs(tree: Root, source: string): NumberedParagraph[] {
  return numberedLists(tree, source).flatMap((l) => l.paragraphs);
}

const BLOCKS = new Set(['listItem', 'list', 'paragraph', 'blockquote', 'heading', 'table', 'tableRow', 'tableCell']);

/** Text of a node with blocks separated by a space; footnote markers are left out. */
function blockText(node: Nodes): string {
  if (!('children' in node)) return toString(node, { includeImageAlt: false });
  const parts = node.children.map((child) => blockText(child));
  return parts.join(node.children.some((child) => BLOCKS.has(child.type)) ? ' ' : '');
}

/** Plain text of a paragraph, as a reader (or the fidelity test) sees it. */
export function paragraphText(item: ListItem): string {
  return blockText(item).replace(/\s+/g, ' ').trim();
}

export interface NumberingProblem {
  line: number;
  message: string;
}

/** Paragraphs must run 1, 2, 3, … N in order: no gap, no duplicate, no step back. */
export function numberingProblems(paragraphs: NumberedParagraph[]): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  const seen = new Map<number, number>();
  let expected = 1;
  for (const p of paragraphs) {
    const earlier = seen.get(p.number);
    if (earlier !== undefined) {
      problems.push({
        line: p.line,
        message: `paragraph ${p.number} is numbered twice (also on line ${earlier}); give each paragraph its own number`,
      });
    } else if (p.number > expected) {
      const missing = p.number - 1 === expected ? `${expected}` : `${expected} to ${p.number - 1}`;
      problems.push({
        line: p.line,
        message: `paragraph numbering jumps to ${p.number}: paragraph ${missing} is missing; number paragraphs 1, 2, 3, … without gaps`,
      });
    } else if (p.number < expected) {
      problems.push({
        line: p.line,
        message: `paragraph ${p.number} comes after paragraph ${expected - 1}; paragraphs must be in increasing order`,
      });
    }
    if (earlier === undefined) seen.set(p.number, p.line);
    expected = Math.max(expected, p.number + 1);
  }
  return problems;
}

/**
 * A line such as "14. Text" glued to the paragraph above (no blank line between)
 * is not a list item in Markdown, so it would silently merge into paragraph 13.
 */
export function gluedParagraphLines(tree: Root): number[] {
  const lines: number[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const text = toString(node as Paragraph);
    const start = node.position?.start.line ?? 0;
    text.split('\n').forEach((line, i) => {
      if (i > 0 && /^\d{1,9}\.\s/.test(line)) lines.push(start + i);
    });
  }
  return lines;
}

/** Number and plain text of every numbered paragraph of an MDX body, as the check reads them. */
export function paragraphsOfBody(body: string): { number: string; text: string }[] {
  return numberedParagraphs(parseMdx(body), body).map((p) => ({ number: String(p.number), text: paragraphText(p.item) }));
}

/** Plain text of a whole body, for a text printed without numbered paragraphs. */
export const bodyText = (body: string): string => blockText(parseMdx(body)).replace(/\s+/g, ' ').trim();
