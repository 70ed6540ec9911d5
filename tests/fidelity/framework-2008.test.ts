/** The 2008 Framework for Accountability (Annex C of CEB/2008/HLCM/5) against its source. */
import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import { expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/markdown.ts';
import { numberedParagraphs, paragraphText } from '../../src/lib/paragraphs.ts';
import { describeWithSeeds, normalise, readSeed, SEED_OF_DOCUMENT } from '../helpers/seeds.ts';

describeWithSeeds('Framework for Accountability 2008: transcription fidelity', () => {
  const seed = readSeed(SEED_OF_DOCUMENT['ceb-2008-hlcm-5']!);
  // Annex C runs from its title (after Annex B's agenda) to the annex of roles; superscript footnote markers are debris.
  const start = seed.indexOf('INTER-ORGANIZATIONAL SECURITY MEASURES');
  const mainText = normalise(seed.slice(start, seed.indexOf('ROLES AND RESPONSIBILITIES OF ACTORS', start)).replace(/[¹²³⁴]/g, ''));
  const source = readFileSync('content/policies/framework-for-accountability/2008.en.mdx', 'utf8');
  const tree = parseMdx(source);

  it('has paragraphs 1 to 19, each word for word with its number', () => {
    const paragraphs = numberedParagraphs(tree, source);
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    // The footnote printed at a page foot inside paragraph 9 is left out of the comparison text.
    const text = mainText.replace(normalise(toString(tree.children.find((n) => n.type === 'footnoteDefinition')!)), '').replace(/\s+/g, ' ');
    expect(paragraphs.filter((p) => !text.includes(`${p.number}. ${paragraphText(p.item)}`)).map((p) => p.number)).toEqual([]);
  });

  it('has every heading and its footnote as printed', () => {
    const headings = tree.children.filter((n) => n.type === 'heading').map((h) => normalise(toString(h)));
    expect(headings).toHaveLength(4 + 14);
    expect(headings.filter((h) => !mainText.includes(h))).toEqual([]);
    for (const note of tree.children.filter((n) => n.type === 'footnoteDefinition')) expect(mainText).toContain(normalise(toString(note)));
  });
});
