/**
 * The appointment and accountability lines of the role records against the texts
 * they quote: each quote is in its version's Framework word for word, and in the
 * very paragraph or annex item it cites.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/markdown.ts';
import { numberedParagraphs, paragraphText } from '../../src/lib/paragraphs.ts';
import { readRecords } from '../helpers/records.ts';
import { describeWithSeeds, normalise, readSeed, SEED_OF_DOCUMENT } from '../helpers/seeds.ts';

const roles = readRecords('roles');
const frameworks = {
  '2008': { document: 'ceb-2008-hlcm-5', from: 'INTER-ORGANIZATIONAL SECURITY MEASURES', to: 'Security and Risk Management: A Guide for UN Managers' },
  '2009': { document: 'ceb-2009-hlcm-23-rev-1', from: '**Annex B - Amended**', to: '**Annex C**' },
} as const;
/** Quotes compare without typographic differences the conversion introduced. */
const plain = (text: string) => normalise(text).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describeWithSeeds('role relations: transcription fidelity', () => {
  const lines = roles.flatMap((role) => role.data.versions.flatMap((v) => v.relations.map((relation) => ({ role, framework: v.framework as keyof typeof frameworks, relation }))));

  it('records the lines the Framework texts state', () => {
    expect(lines.length).toBeGreaterThan(50);
    for (const framework of Object.keys(frameworks)) expect(lines.filter((l) => l.framework === framework).length).toBeGreaterThan(20);
  });

  it('quotes each line word for word from its version of the Framework', () => {
    const texts = Object.fromEntries(
      Object.entries(frameworks).map(([f, spec]) => {
        const seed = readSeed(SEED_OF_DOCUMENT[spec.document]!);
        const start = seed.indexOf(spec.from);
        return [f, plain(seed.slice(start, seed.indexOf(spec.to, start)))];
      }),
    );
    const missing = lines.filter((l) => !texts[l.framework]!.includes(plain(l.relation.quote))).map((l) => `${l.role.id} ${l.framework}: ${l.relation.quote}`);
    expect(missing).toEqual([]);
  });

  it('finds each quote in the paragraph or annex item it cites', () => {
    const paragraphs = Object.fromEntries(
      Object.keys(frameworks).map((f) => {
        const source = readFileSync(`content/policies/framework-for-accountability/${f}.en.mdx`, 'utf8');
        return [f, new Map(numberedParagraphs(parseMdx(source), source).map((p) => [String(p.number), plain(paragraphText(p.item))]))];
      }),
    );
    const annexText = (framework: string, letter: string | undefined, item: string | undefined) =>
      roles
        .flatMap((r) => r.data.versions.filter((v) => v.framework === framework && v.annex && (v.annex.letter === letter || roles.find((p) => p.id === r.data.parent)?.data.versions.find((pv) => pv.framework === framework)?.annex?.letter === letter)))
        .flatMap((v) => [...v.responsibilities.filter((r) => item === undefined || r.marker === item).map((r) => r.text), ...(item === undefined ? [v.leadIn ?? '', v.annex?.qualifier ?? ''] : [])])
        .map(plain)
        .join(' ');
    const misplaced = lines
      .filter(({ framework, relation: { quote, source } }) => {
        // Footnotes are printed apart from the paragraph they belong to; the word-for-word test covers them.
        if (source.part) return false;
        const where = source.paragraph ? (paragraphs[framework]!.get(source.paragraph) ?? '') : annexText(framework, source.section, source.item);
        return !where.includes(plain(quote));
      })
      .map((l) => `${l.role.id} ${l.framework} ${l.relation.source.paragraph ? `para ${l.relation.source.paragraph}` : `annex ${l.relation.source.section} ${l.relation.source.item ?? ''}`}: ${l.relation.quote}`);
    expect(misplaced).toEqual([]);
  });
});
