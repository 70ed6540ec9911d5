import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../../tests/helpers/content-fixture.ts';
import { parseMdx } from './markdown.ts';
import { loadAbbreviations, markAbbreviations } from './remark-abbreviations.ts';

const glossary = new Map([
  ['DO', 'Designated Official'],
  ['SMT', 'Security Management Team'],
  ['CSA/SA', 'Chief Security Adviser/Security Adviser'],
]);

function marked(source: string): { tree: Root; abbrs: [string, string][] } {
  const tree = parseMdx(source);
  markAbbreviations(tree, glossary);
  const abbrs: [string, string][] = [];
  const walk = (node: unknown) => {
    const n = node as { type: string; name?: string; attributes?: { value: string }[]; children?: unknown[] };
    if (n.type === 'mdxJsxTextElement' && n.name === 'abbr') abbrs.push([toString(n as never), n.attributes![0]!.value]);
    n.children?.forEach(walk);
  };
  walk(tree);
  return { tree, abbrs };
}

describe('abbreviations', () => {
  it('marks the first use of each acronym only, keeping the text', () => {
    const { tree, abbrs } = marked('1. The DO chairs the SMT.\n\n2. The DO reports; the CSA/SA advises the DO and SMT.\n');
    expect(abbrs).toEqual([
      ['DO', 'Designated Official'],
      ['SMT', 'Security Management Team'],
      ['CSA/SA', 'Chief Security Adviser/Security Adviser'],
    ]);
    expect(toString(tree)).toBe('The DO chairs the SMT.The DO reports; the CSA/SA advises the DO and SMT.');
  });

  it('matches whole words only and leaves headings alone', () => {
    expect(marked('## The DO\n\nDOCUMENTS and DOs; SA alone; the DO.\n').abbrs).toEqual([['DO', 'Designated Official']]);
  });

  it('reads the public acronyms of the glossary', () => {
    expect(loadAbbreviations(FIXTURE)).toEqual(new Map([['TST', 'Test Officer']]));
  });
});
