/**
 * A transition mapping called "stated" quotes the words that state it: found in the
 * cited paragraph of a report, or, for a public web page, in the reference file that
 * quotes that page (../shared/docs/SPM-STRUCTURE-REFERENCE.md).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { readRecords } from '../helpers/records.ts';
import { describeWithSeeds, paragraphOf, plain, readSeed, SEED_OF_DOCUMENT, SEEDS_DIR } from '../helpers/seeds.ts';

const stated = readRecords('transition').flatMap(({ id, data }) => (data.mapping.basis === 'stated' ? [{ id, mapping: data.mapping }] : []));

describeWithSeeds('transition matrix: stated mappings', () => {
  it('quote words that are printed where they cite', () => {
    const reference = plain(readFileSync(resolve(SEEDS_DIR, '../docs/SPM-STRUCTURE-REFERENCE.md'), 'utf8'));
    expect(stated.length).toBeGreaterThan(5);
    const unfound = stated.filter(({ mapping: { quote, source } }) => {
      if ('url' in source) return !(reference.includes(source.url) && reference.includes(plain(quote)));
      return !source.paragraph || !plain(paragraphOf(readSeed(SEED_OF_DOCUMENT[source.document]!), source.paragraph)).includes(plain(quote));
    });
    expect(unfound.map((s) => s.id)).toEqual([]);
  });
});
