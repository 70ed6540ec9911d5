/**
 * A two-way table printed in a source, such as a risk matrix (likelihood ×
 * impact): content/matrices/<id>.yaml, shown in a policy with <Matrix id="…" />.
 * Cells are kept exactly as printed.
 */
import { z } from 'astro/zod';
import { classification, sources } from './common.ts';

const axisValue = z.strictObject({ label: z.string().min(1), value: z.int() });

export const matrixSchema = z
  .strictObject({
    title: z.string().min(1).optional(),
    rowAxis: z.string().min(1),
    columnAxis: z.string().min(1),
    columns: z.array(axisValue).min(1),
    rows: z.array(axisValue.extend({ cells: z.array(z.string().min(1)) })).min(1),
    classification,
    sources,
  })
  .refine((m) => m.rows.every((r) => r.cells.length === m.columns.length), {
    error: 'every row needs one cell per column',
    path: ['rows'],
  });
export type MatrixRecord = z.infer<typeof matrixSchema>;
