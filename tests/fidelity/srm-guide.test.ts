/** The Security and Risk Management guide's matrices (CEB/2008/HLCM/5, Annex D) against the printed tables. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { matrixSchema } from '../../src/schemas/matrix.ts';
import { describeWithSeeds, readSeed, SEED_OF_DOCUMENT } from '../helpers/seeds.ts';

describeWithSeeds('matrices: fidelity', () => {
  const lines = readSeed(SEED_OF_DOCUMENT['ceb-2008-hlcm-5']!).split('\n').map((l) => l.trimEnd());

  it('has every row of every matrix exactly as printed, cell by cell', () => {
    for (const file of readdirSync('content/matrices')) {
      const matrix = matrixSchema.parse(parseYaml(readFileSync(`content/matrices/${file}`, 'utf8')));
      expect(lines, file).toContain(`\t\t${matrix.columns.map((c) => c.label).join('\t')}`);
      for (const row of matrix.rows) expect(lines, `${file}: ${row.label}`).toContain([row.label, row.value, ...row.cells].join('\t'));
    }
  });
});
