/** A chapter of the Security Policy Manual and its sections: content/manual/<id>.yaml. */
import { z } from 'astro/zod';
import { classification, id, sources } from './common.ts';

/** Where a section stood in an edition, as a source shows it. */
const placement = z.strictObject({
  /** Letter as placed in the edition named below. */
  letter: z.string().regex(/^[A-Z]$/).optional(),
  title: z.string().min(1),
  /** Which edition or listing this placement comes from. */
  edition: z.string().min(1),
  sources,
  /**
   * Register entry (id in content/policies/) this placement is the Manual's place for.
   * On an earlier placement it says where the policy stood then (SLS at IV-B in 2011).
   */
  policy: id.optional(),
});

export const manualSection = placement.extend({
  /** Earlier letters or titles of the same section, oldest first. */
  earlier: z.array(placement).default([]),
});

export const manualChapterSchema = z.strictObject({
  number: z.string().regex(/^[IVX]+$/, { error: 'must be the chapter number in Roman numerals ("II")' }),
  title: z.string().min(1).optional(),
  order: z.int().positive(),
  classification,
  sources,
  sections: z.array(manualSection).default([]),
});
export type ManualChapterRecord = z.infer<typeof manualChapterSchema>;
