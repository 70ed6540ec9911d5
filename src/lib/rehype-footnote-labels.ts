/**
 * GFM footnotes in the text's own language. remark-rehype writes one English label
 * ("Footnotes", "Back to reference 1") for every file; this plugin rewrites them from
 * the UI dictionary of the language in the file's frontmatter.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n/index.ts';
import { langs, type Lang } from '../schemas/common.ts';

const isLang = (value: unknown): value is Lang => langs.includes(value as Lang);

/** The reference a back-link returns to: "1" from "#user-content-fnref-1", "1-2" for its second use. */
const referenceOf = (node: Element) => String(node.properties['href'] ?? '').replace(/^.*fnref-/, '');

export function setFootnoteLabels(tree: Root, lang: Lang): void {
  const t = useTranslations(lang);
  visit(tree, 'element', (node) => {
    if (node.properties['id'] === 'footnote-label') node.children = [{ type: 'text', value: t('footnotes.label') }];
    else if (node.properties['dataFootnoteBackref'] !== undefined) node.properties['ariaLabel'] = `${t('footnotes.back')} ${referenceOf(node)}`;
  });
}

export function rehypeFootnoteLabels() {
  return (tree: Root, file: VFile) => {
    const lang = (file.data as { astro?: { frontmatter?: { lang?: unknown } } }).astro?.frontmatter?.lang;
    setFootnoteLabels(tree, isLang(lang) ? lang : 'en');
  };
}
