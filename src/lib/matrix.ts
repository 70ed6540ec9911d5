/** Reading a printed risk matrix: each cell's level and value, and where the print disagrees with likelihood × impact. */
import type { MatrixRecord } from '../schemas/matrix.ts';

export const riskLevels = ['negligible', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export interface MatrixCell {
  text: string;
  /** Level named in the cell ("High (12)" → high), for the heat map. */
  level?: RiskLevel;
  /** Value printed in the cell ("High (12)" → 12). */
  printed?: number;
  /** Row value × column value, where the cell prints a value. */
  expected?: number;
}

const CELL = /^(Negligible|Low|Medium|High|Critical)\s*\((\d+)\)$/i;

export function readCell(text: string, rowValue: number, columnValue: number): MatrixCell {
  const match = CELL.exec(text.trim());
  if (!match) return { text };
  return { text, level: match[1]!.toLowerCase() as RiskLevel, printed: Number(match[2]), expected: rowValue * columnValue };
}

export const disagrees = (cell: MatrixCell) => cell.printed !== undefined && cell.printed !== cell.expected;

export function readMatrix(matrix: MatrixRecord): MatrixCell[][] {
  return matrix.rows.map((row) => row.cells.map((text, i) => readCell(text, row.value, matrix.columns[i]!.value)));
}
