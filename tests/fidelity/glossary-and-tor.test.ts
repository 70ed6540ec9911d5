/** Glossary terms and the IASMN Terms of Reference against the reports they cite. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/markdown.ts';
import { numberedParagraphs, paragraphText } from '../../src/lib/paragraphs.ts';
import { readRecords } from '../helpers/records.ts';
import { describeWithSeeds, normalise, readSeed, SEED_OF_DOCUMENT } from '../helpers/seeds.ts';

const terms = readRecords('glossary');

describeWithSeeds('glossary and Terms of Reference: fidelity', () => {
  const seeds = new Map(Object.entries(SEED_OF_DOCUMENT).map(([doc, file]) => [doc, normalise(readSeed(file))]));

  it('prints every term and acronym in a document it cites', () => {
    const missing = terms.filter(({ data }) =>
      !data.sources.some((s) => {
        const seed = 'document' in s ? seeds.get(s.document) : undefined;
        return seed?.includes(normalise(data.term)) && (!data.acronym || seed.includes(data.acronym));
      }),
    );
    expect(missing.map((t) => t.id)).toEqual([]);
  });

  it('quotes every definition word for word from a document it cites', () => {
    const missing = terms.filter(({ data }) => data.definition && !data.sources.some((s) => 'document' in s && seeds.get(s.document)?.includes(normalise(data.definition!))));
    expect(missing.map((t) => t.id)).toEqual([]);
  });

  it('has the Terms of Reference paragraphs 1 to 6 word for word', () => {
    const source = readFileSync('content/policies/iasmn-terms-of-reference/2009.en.mdx', 'utf8');
    const seed = readSeed(SEED_OF_DOCUMENT['ceb-2009-hlcm-23-rev-1']!);
    const annexC = normalise(seed.slice(seed.indexOf('**Annex C**')));
    const paragraphs = numberedParagraphs(parseMdx(source), source);
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(paragraphs.filter((p) => !annexC.includes(`${p.number}. ${paragraphText(p.item)}`)).map((p) => p.number)).toEqual([]);
  });
});
