/**
 * What the check needs from an MDX body, read in one pass: safety and numbering
 * problems, the matrices it embeds, and its numbered paragraphs as plain text. The
 * tree itself is not kept (a corpus of thousands of texts would hold gigabytes), and
 * a digest depends only on the file's text and path, so `npm run check` can reuse it
 * from its cache while the file is unchanged.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../markdown.ts';
import { gluedParagraphLines, numberedParagraphs, numberingProblems, paragraphText } from '../paragraphs.ts';
import { safetyProblems } from './mdx.ts';

export interface LineProblem {
  line: number;
  message: string;
}

export interface BodyDigest {
  /** The frontmatter block: its YAML and the line of its opening `---`. */
  front: { yaml: string; offset: number };
  /** Content that could run code or is not allowed: always errors. */
  safety: LineProblem[];
  /** Gaps, repeats and glued paragraphs: errors unless the text is printed without numbered paragraphs. */
  numbering: LineProblem[];
  /** `<Matrix id="…" />` elements. */
  matrices: { id: string; line: number }[];
  paragraphs: { number: number; line: number; text: string }[];
}

export type BodyReading = { digest: BodyDigest } | { unreadable: LineProblem };

function matrixUses(tree: Root): BodyDigest['matrices'] {
  const uses: BodyDigest['matrices'] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Matrix') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      uses.push({ id: typeof id === 'string' ? id : '', line: node.position?.start.line ?? 1 });
    }
  });
  return uses;
}

/** Reads an MDX file; `path` is where it is, for the imports it may make. */
export function readBody(source: string, path: string): BodyReading {
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return { unreadable: { line: e.line ?? 1, message: `this MDX cannot be read (${e.reason ?? e.message}); check for an unclosed tag or a stray { or <` } };
  }
  const front = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!front) return { unreadable: { line: 1, message: 'the file has no frontmatter; start it with a `---` block (see docs/authoring.md)' } };
  const paragraphs = numberedParagraphs(tree, source);
  return {
    digest: {
      front: { yaml: front.value, offset: front.position?.start.line ?? 1 },
      safety: safetyProblems(tree, path),
      numbering: [
        ...gluedParagraphLines(tree).map((line) => ({ line, message: 'this line starts like a numbered paragraph but is joined to the text above; leave a blank line before it' })),
        ...numberingProblems(paragraphs),
      ],
      matrices: matrixUses(tree),
      paragraphs: paragraphs.map((p) => ({ number: p.number, line: p.line, text: paragraphText(p.item) })),
    },
  };
}
