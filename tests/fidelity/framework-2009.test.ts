/**
 * The 2009 Framework for Accountability's main text (content/policies) against
 * its source, Annex B of CEB/2009/HLCM/23/Rev.1; its annex is checked with the
 * role records in roles.test.ts.
 */
import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import { expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/markdown.ts';
import { numberedParagraphs, paragraphText } from '../../src/lib/paragraphs.ts';
import { annexActors } from '../../src/lib/roles.ts';
import { readRecords } from '../helpers/records.ts';
import { describeWithSeeds, normalise, readSeed } from '../helpers/seeds.ts';

const MDX = 'content/policies/framework-for-accountability/2009.en.mdx';
const roles = readRecords('roles');
const actors = annexActors(roles, '2009');

describeWithSeeds('Framework for Accountability 2009: transcription fidelity', () => {
  const seed = readSeed('004_e249e4a6e78e7a8b.txt');
  const annexB = seed.slice(seed.indexOf('**Annex B - Amended**'), seed.indexOf('**Annex C**'));
  const [mainText] = annexB.split('## ANNEX') as [string, string];
  const source = readFileSync(MDX, 'utf8');
  const tree = parseMdx(source);

  it('has paragraphs 1 to 30, each word for word in the source with its number', () => {
    const paragraphs = numberedParagraphs(tree, source);
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const printed = normalise(mainText);
    const missing = paragraphs.filter((p) => !printed.includes(`${p.number}. ${paragraphText(p.item)}`)).map((p) => p.number);
    expect(missing).toEqual([]);
  });

  it('has every heading of the main text as printed', () => {
    const headings = tree.children.filter((n) => n.type === 'heading').map((h) => normalise(toString(h)));
    expect(headings).toHaveLength(5 + 17);
    const printed = normalise(mainText).toUpperCase();
    expect(headings.filter((h) => !printed.includes(h.toUpperCase()))).toEqual([]);
  });

  it('has both footnotes of the main text word for word', () => {
    const notes = tree.children.filter((n) => n.type === 'footnoteDefinition');
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(normalise(mainText)).toContain(normalise(toString(note)));
  });

  it('has every actor of the annex, A to P, and the three groups under L', () => {
    expect(actors.map((a) => a.version.annex.letter).join('')).toBe('ABCDEFGHIJKLMNOP');
    expect(actors.find((a) => a.version.annex.letter === 'L')?.children.map((c) => c.id)).toEqual([
      'chief-of-security-and-safety-services',
      'chief-security-officer-peacekeeping',
      'field-security-coordination-officer',
    ]);
  });

  it('links every actor to the main-text paragraph and heading that describe it', () => {
    const numbers = new Set(numberedParagraphs(tree, source).map((p) => p.number));
    const headings = tree.children.filter((n) => n.type === 'heading' && n.depth === 3).map((h) => normalise(toString(h)));
    for (const role of roles) {
      for (const version of role.data.versions) {
        if (version.framework !== '2009' || !version.mainText) continue;
        for (const n of version.mainText.paragraphs) expect(numbers.has(n), `${role.id} para ${n}`).toBe(true);
        expect(headings, role.id).toContain(`${version.mainText.letter}. ${version.mainText.heading}`);
      }
    }
  });
});
