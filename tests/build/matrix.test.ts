/** The Security and Risk Management guide's matrices: as printed, with headers, heat map and the flagged cell. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { matrixSchema } from '../../src/schemas/matrix.ts';
import { page, text } from '../helpers/dist.ts';

const doc = page('/policies/security-risk-management-guide/');
const risk = matrixSchema.parse(parseYaml(readFileSync('content/matrices/srm-risk-matrix.yaml', 'utf8')));

describe('risk matrix', () => {
  const table = doc.querySelectorAll('figure.matrix table')[0]!;

  it('reproduces every cell as printed, with column and row headers', () => {
    expect(table.querySelectorAll('thead th[scope="col"]').map(text)).toEqual([risk.rowAxis, ...risk.columns.map((c) => `${c.label} ${c.value}`)]);
    expect(table.querySelectorAll('tbody th[scope="row"]').map(text)).toEqual(risk.rows.map((r) => `${r.label} ${r.value}`));
    expect(table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => text(td).replace(' †', '')))).toEqual(risk.rows.map((r) => r.cells));
  });

  it('colours cells by the level their words name', () => {
    for (const td of table.querySelectorAll('tbody td')) expect(td.classList.contains(`level-${text(td).split(' ')[0]!.toLowerCase()}`)).toBe(true);
  });

  it('marks the one cell whose printed value is not likelihood × impact, and explains it', () => {
    const flagged = table.querySelectorAll('td[aria-describedby]');
    expect(flagged.map(text)).toEqual(['High (12) †']);
    const note = doc.querySelector(`#${flagged[0]!.getAttribute('aria-describedby')}`);
    expect(text(note)).toBe('† Very Likely /Imminent × Moderate: printed “High (12)”, but 5 × 3 = 15. Reproduced as printed.');
  });

  it('shows the strategies matrix as printed, without a heat map', () => {
    const strategies = doc.querySelectorAll('figure.matrix table')[1]!;
    expect(text(strategies.querySelector('tbody td'))).toBe('Accept');
    expect(strategies.querySelectorAll('td.level')).toHaveLength(0);
  });

  it('keeps the guide unnumbered: its ordered lists stay lists', () => {
    expect(doc.querySelectorAll('.para')).toHaveLength(0);
    expect(doc.querySelectorAll('.policy-body ol').length).toBeGreaterThan(0);
  });
});
