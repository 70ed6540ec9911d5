/**
 * Marks the first use of each glossary acronym in a policy text with
 * <abbr title="expansion">, so readers can expand it without leaving the page.
 * The acronyms come from the glossary records (content/glossary/), read once per
 * build; a glossary change takes effect on the next build (or dev restart).
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { contentKinds, contentRoot } from './content-kinds.ts';
import { isPublic } from './public.ts';

export type Abbreviations = ReadonlyMap<string, string>;

/** Acronym → expansion, from the public glossary records. */
export function loadAbbreviations(root = contentRoot()): Abbreviations {
  const folder = join(root, contentKinds.glossary.folder);
  const entries = globSync(contentKinds.glossary.pattern, { cwd: folder }).map((file) => parseYaml(readFileSync(join(folder, file), 'utf8')) as { acronym?: string; term?: string });
  return new Map(entries.filter((e) => isPublic(e) && e.acronym && e.term).map((e) => [e.acronym!, e.term!]));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Wraps the first occurrence of each acronym (as a whole word, outside headings) in <abbr>. */
export function markAbbreviations(tree: Root, abbreviations: Abbreviations): void {
  if (!abbreviations.size) return;
  // Longest first, so "CSA/SA" wins over a shorter acronym inside it.
  const acronyms = [...abbreviations.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}/])(?:${acronyms.map(escape).join('|')})(?![\\p{L}\\p{N}/])`, 'gu');
  const seen = new Set<string>();
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading' || node.type === 'yaml' || node.type === 'link') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const pieces: RootContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(pattern)) {
      if (seen.has(match[0])) continue;
      seen.add(match[0]);
      if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
      const abbr: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'abbr',
        attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: abbreviations.get(match[0])! }],
        children: [{ type: 'text', value: match[0] }],
      };
      pieces.push(abbr);
      last = match.index + match[0].length;
    }
    if (!pieces.length) return;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) } satisfies Text);
    (parent.children as RootContent[]).splice(index, 1, ...pieces);
    return index + pieces.length;
  });
}

export function remarkAbbreviations(abbreviations: Abbreviations = loadAbbreviations()) {
  return (tree: Root) => markAbbreviations(tree, abbreviations);
}
