/** The Security and Risk Management guide's matrices (CEB/2008/HLCM/5, Annex D) against the printed tables. */
import { expect, it } from 'vitest';
import { readRecords } from '../helpers/records.ts';
import { describeWithSeeds, readSeed, SEED_OF_DOCUMENT } from '../helpers/seeds.ts';

describeWithSeeds('matrices: fidelity', () => {
  const lines = readSeed(SEED_OF_DOCUMENT['ceb-2008-hlcm-5']!).split('\n').map((l) => l.trimEnd());

  it('has every row of every matrix exactly as printed, cell by cell', () => {
    for (const { id: file, data: matrix } of readRecords('matrices')) {
      expect(lines, file).toContain(`\t\t${matrix.columns.map((c) => c.label).join('\t')}`);
      for (const row of matrix.rows) expect(lines, `${file}: ${row.label}`).toContain([row.label, row.value, ...row.cells].join('\t'));
    }
  });
});
