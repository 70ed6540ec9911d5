/** A term or acronym of the glossary: content/glossary/<id>.yaml. */
import { z } from 'astro/zod';
import { classification, sources } from './common.ts';
import { frenchTerm } from './translation.ts';

export const glossarySchema = z.strictObject({
  term: z.string().min(1),
  acronym: z.string().min(1).optional(),
  /** Definition, only where a source gives one. */
  definition: z.string().min(1).optional(),
  fr: frenchTerm.optional(),
  classification,
  sources,
});
export type GlossaryRecord = z.infer<typeof glossarySchema>;
