/** An IASMN session and the decisions its report records: content/sessions/<id>.yaml. */
import { z } from 'astro/zod';
import { classification, id, isoDate, sources } from './common.ts';

export const decision = z.strictObject({
  /** Printed paragraph number of the report. */
  paragraph: z.string().min(1),
  /** Report heading the paragraph sits under, as printed. */
  heading: z.string().min(1),
  /** Verbatim text of the paragraph. */
  text: z.string().min(1),
  verbs: z.array(z.string().min(1)).min(1),
  policies: z.array(id).default([]),
  roles: z.array(id).default([]),
  sources,
});

export const sessionSchema = z.strictObject({
  place: z.string().min(1),
  startDate: isoDate,
  endDate: isoDate,
  /** Session number where the report prints one. */
  number: z.int().positive().optional(),
  /** The report (id in content/documents/). */
  report: id,
  classification,
  sources,
  decisions: z.array(decision).default([]),
});
export type SessionRecord = z.infer<typeof sessionSchema>;
