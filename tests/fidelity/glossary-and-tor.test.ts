/**
 * Glossary terms and the IASMN Terms of Reference against the reports they cite, and
 * every French term marked approved (glossary and roles) against the terminology
 * reference it cites.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/markdown.ts';
import { numberedParagraphs, paragraphText } from '../../src/lib/paragraphs.ts';
import { readRecords } from '../helpers/records.ts';
import { describeWithSeeds, normalise, readSeed, SEED_OF_DOCUMENT, SEEDS_DIR } from '../helpers/seeds.ts';

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

  it('marks a French term approved only where the terminology reference gives that very form, at the URL it cites', () => {
    // The reference's rows: | id | English | French | notes | URL | quote | confidence |; emphasis and brackets dropped.
    const rows = readFileSync(resolve(SEEDS_DIR, '../docs/TERMINOLOGY-FR.md'), 'utf8')
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .filter((cells) => cells.length > 7 && /^\d+[a-z]?$/.test(cells[1]!))
      .map((cells) => ({ french: cells[3]!.replace(/\*\*|[[\]]/g, '').toLowerCase(), url: cells[5]!.split(' ')[0] }));
    const approved = [
      ...terms.flatMap(({ id, data }) => (data.fr && !data.fr.proposal ? [{ id, french: data.fr.term, url: data.fr.source?.url }] : [])),
      ...readRecords('roles').flatMap(({ id, data }) => (data.fr && !data.fr.proposal ? [{ id, french: data.fr.name, url: data.fr.source?.url }] : [])),
    ];
    expect(approved.length).toBeGreaterThan(20);
    const unsupported = approved.filter((a) => !rows.some((r) => r.url === a.url && r.french.includes(a.french.toLowerCase())));
    expect(unsupported.map((a) => `${a.id}: ${a.french}`)).toEqual([]);
  });
});
