/** A source document (an IASMN report): what every `sources` entry points to. */
import { z } from 'astro/zod';
import { classification, id, isoDate, sources } from './common.ts';

export const documentSchema = z.strictObject({
  /** The UN document symbol as printed; omitted where the document prints none. */
  symbol: z.string().min(1).optional(),
  title: z.string().min(1),
  /** Date printed on the document, where it prints one. */
  date: isoDate.optional(),
  /** The IASMN session it reports on (id in content/sessions/). */
  session: id.optional(),
  classification,
  sources,
});
export type DocumentRecord = z.infer<typeof documentSchema>;
