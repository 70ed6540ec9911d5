/**
 * Render-side half of numbered paragraphs: replaces each top-level ordered list
 * of an MDX body by one <NumberedParagraph> element per item, so that every
 * paragraph gets its visible number, anchor and citation from one component.
 * The numbering itself comes from ./paragraphs.ts, shared with the check.
 */
import type { Program } from 'estree';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { numberedLists } from './paragraphs.ts';

/** Name of the component the page must supply through `<Content components>`. */
export const NUMBERED_PARAGRAPH = 'NumberedParagraph';

/** `context={props.paragraphContext}`: the page passes title, URL and language to `<Content>`. */
function contextAttribute(): MdxJsxFlowElement['attributes'][number] {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExpressionStatement',
        expression: {
          type: 'MemberExpression',
          object: { type: 'Identifier', name: 'props' },
          property: { type: 'Identifier', name: 'paragraphContext' },
          computed: false,
          optional: false,
        },
      },
    ],
  };
  return {
    type: 'mdxJsxAttribute',
    name: 'context',
    value: { type: 'mdxJsxAttributeValueExpression', value: 'props.paragraphContext', data: { estree } },
  };
}

export function remarkNumberedParagraphs() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { paragraphNumbering?: boolean } } }).astro?.frontmatter;
    if (frontmatter?.paragraphNumbering === false) return;
    const lists = numberedLists(tree, String(file.value));
    // Replace from the last list backwards so earlier indexes stay valid.
    for (const { index, paragraphs } of lists.reverse()) {
      const elements: RootContent[] = paragraphs.map(({ number, item }) => ({
        type: 'mdxJsxFlowElement',
        name: NUMBERED_PARAGRAPH,
        attributes: [{ type: 'mdxJsxAttribute', name: 'number', value: String(number) }, contextAttribute()],
        children: item.children,
      }));
      tree.children.splice(index, 1, ...elements);
    }
  };
}
