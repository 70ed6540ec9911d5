/**
 * The 2009 Framework for Accountability as transcribed (content/policies and
 * content/roles) against its source, Annex B of CEB/2009/HLCM/23/Rev.1.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import { expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseMdx } from '../../src/lib/markdown.ts';
import { numberedParagraphs, paragraphText } from '../../src/lib/paragraphs.ts';
import { annexActors, type AnnexActor } from '../../src/lib/roles.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { describeWithSeeds, normalise, readSeed } from '../helpers/seeds.ts';

const MDX = 'content/policies/framework-for-accountability/2009.en.mdx';
const roles = readdirSync('content/roles').map((file) => ({
  id: file.replace(/\.yaml$/, ''),
  data: roleSchema.parse(parseYaml(readFileSync(`content/roles/${file}`, 'utf8'))),
}));
const actors = annexActors(roles, '2009');
const flat = actors.flatMap((a) => [a, ...a.children]);

describeWithSeeds('Framework for Accountability 2009: transcription fidelity', () => {
  const seed = readSeed('004_e249e4a6e78e7a8b.txt');
  const annexB = seed.slice(seed.indexOf('**Annex B - Amended**'), seed.indexOf('**Annex C**'));
  const [mainText, annexText] = annexB.split('## ANNEX') as [string, string];
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

  it('has every responsibility word for word with its printed marker', () => {
    const printed = normalise(annexText);
    const missing = flat.flatMap((a) =>
      a.version.responsibilities.filter((r) => !printed.includes(r.marker ? `${r.marker} ${r.text}` : r.text)).map((r) => `${a.id} ${r.marker ?? '(unnumbered)'}`),
    );
    expect(missing).toEqual([]);
  });

  it('has as many responsibilities per actor as the source prints', () => {
    // Find each actor's heading line in the source, in printed order, and count the numbered lines up to the next one.
    const lines = annexText.split('\n');
    const headingOf = (a: AnnexActor) => normalise(a.children.length || !a.role.parent ? `${a.version.annex.letter}. ${a.version.annex.heading}` : a.version.annex.heading);
    let from = 0;
    const starts = flat.map((actor) => {
      const index = lines.findIndex((line, i) => i >= from && normalise(line).replace(/^\W+/, '').startsWith(headingOf(actor)));
      expect(index, `heading of ${actor.id} in the source`).toBeGreaterThanOrEqual(0);
      from = index + 1;
      return index;
    });
    const counts = flat.map((actor, i) => {
      const section = lines.slice(starts[i]! + 1, starts[i + 1] ?? lines.length);
      return [actor.id, section.filter((line) => /^\s*(?:-\s*)?\d+\.\s/.test(line)).length];
    });
    expect(flat.map((a) => [a.id, a.version.responsibilities.filter((r) => r.marker).length])).toEqual(counts);
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
