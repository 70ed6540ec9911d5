import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeFootnoteLabels } from './rehype-footnote-labels.ts';

/** The footnotes section as remark-rehype writes it, in English. */
const footnotes = (): Root => ({
  type: 'root',
  children: [
    {
      type: 'element', tagName: 'section', properties: { dataFootnotes: true },
      children: [
        { type: 'element', tagName: 'h2', properties: { id: 'footnote-label' }, children: [{ type: 'text', value: 'Footnotes' }] },
        { type: 'element', tagName: 'a', properties: { href: '#user-content-fnref-1', dataFootnoteBackref: '', ariaLabel: 'Back to reference 1' }, children: [] },
        { type: 'element', tagName: 'a', properties: { href: '#user-content-fnref-2-2', dataFootnoteBackref: '', ariaLabel: 'Back to reference 2-2' }, children: [] },
      ],
    },
  ],
});

function labels(lang: unknown): string[] {
  const tree = footnotes();
  const file = new VFile();
  file.data = { astro: { frontmatter: { lang } } };
  rehypeFootnoteLabels()(tree, file);
  const [label, ...backs] = (tree.children[0] as Element).children as Element[];
  return [(label!.children[0] as { value: string }).value, ...backs.map((b) => String(b.properties['ariaLabel']))];
}

describe('footnote labels', () => {
  it('are in French for a French text', () => {
    expect(labels('fr')).toEqual(['Notes', 'Retour à l’appel de note 1', 'Retour à l’appel de note 2-2']);
  });
  it('stay in English for an English text, and for a file without a language', () => {
    expect(labels('en')).toEqual(['Footnotes', 'Back to reference 1', 'Back to reference 2-2']);
    expect(labels(undefined)).toEqual(labels('en'));
  });
});
