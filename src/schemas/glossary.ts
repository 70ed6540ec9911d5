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
      /** Where the approved term is used (a page listed in ../shared/docs/TERMINOLOGY-FR.md); none for a proposal. */
      source: z.strictObject({ url: z.url(), title: z.string().min(1) }).optional(),
      /** French variants seen in use that translators should not use. */
      deprecated: z.array(z.string().min(1)).default([]),
      notes: z.string().min(1).optional(),
    })
    .refine((fr) => fr.proposal || fr.source, { error: 'an approved French term cites where it is used: add source { url, title }, or mark it proposal: true' })
    .optional(),
  classification,
  sources,
});
export type GlossaryRecord = z.infer<typeof glossarySchema>;
