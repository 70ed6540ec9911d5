/**
 * The one Markdown parser of the project. `npm run check` parses MDX bodies with
 * it, and the renderer (the MDX integration, configured in astro.config.mjs with
 * the same remark-gfm) parses with the same micromark extensions, so both agree
 * on what a paragraph, a list or a heading is.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

/** Parses an MDX file (frontmatter included) into an mdast tree with positions. */
export function parseMdx(source: string): Root {
  return parser.parse(source);
}
