/** A term or acronym of the glossary: content/glossary/<id>.yaml. */
import { z } from 'astro/zod';
import { classification, sources } from './common.ts';

export const glossarySchema = z.strictObject({
  term: z.string().min(1),
  acronym: z.string().min(1).optional(),
  /** Definition, only where a source gives one. */
  definition: z.string().min(1).optional(),
  fr: z
    .strictObject({
      term: z.string().min(1),
      acronym: z.string().min(1).optional(),
      /** True where no reference gives the French term and it is the team's proposal. */
      proposal: z.boolean(),
    })
    .optional(),
  classification,
  sources,
});
export type GlossaryRecord = z.infer<typeof glossarySchema>;
