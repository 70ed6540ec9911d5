/**
 * One row of the FSH → SPM transition matrix: content/transition/<id>.yaml. A row
 * is a part of the Field Security Handbook and what became of it, or a part of the
 * SPM with no FSH origin. The Policy Unit adds rows as the matrix grows.
 */
import { z } from 'astro/zod';
import { classification, id, lang, source, sources } from './common.ts';
import { decisionRef } from './session.ts';

export const transitionStatuses = ['transitioned', 'in-progress', 'retained', 'removed', 'new-in-spm'] as const;
export type TransitionStatus = (typeof transitionStatuses)[number];

/** The FSH part as the sources give it. */
const fshPart = z.strictObject({
  /** Title as printed ("Security Phases"). */
  title: z.string().min(1),
  /** Chapter reference as the sources give it ("Chapter V, Section E", "Chapter 3"). */
  reference: z.string().min(1),
  /** Paragraph range as printed ("5.1–5.3"), where known. */
  paragraphs: z.string().min(1).optional(),
  /** The row of the part it belongs to (a section's chapter). */
  parent: id.optional(),
  /** Other ways readers cite it, for the lookup ("security phases", "FSH chapter III"). */
  aliases: z.array(z.string().min(2)).default([]),
});

/** Where the text now lives: a policy of the register (at a paragraph where known), or a Manual chapter with no register entry. */
const target = z.union([
  z.strictObject({ policy: id, paragraph: z.string().min(1).optional() }),
  z.strictObject({ chapter: id, section: z.string().regex(/^[A-Z]$/).optional() }),
]);

export const transitionSchema = z
  .strictObject({
    /** Absent for a part of the SPM with no FSH origin (status new-in-spm). */
    fsh: fshPart.optional(),
    status: z.enum(transitionStatuses),
    replacedBy: z.array(target).default([]),
    /** Actors this part is about: their role pages hold their responsibilities now. */
    roles: z.array(id).default([]),
    /** The decisions behind this row. */
    decisions: z.array(decisionRef).default([]),
    /**
     * How the mapping is known: stated by a source, with its words (checked against it by the
     * fidelity tests) and where they are printed; or inferred, and how.
     */
    mapping: z.discriminatedUnion('basis', [
      /** `lang`: the language of the quoted words, where not English. */
      z.strictObject({ basis: z.literal('stated'), quote: z.string().min(1), lang: lang.default('en'), source }),
      z.strictObject({ basis: z.literal('inferred'), how: z.string().min(1) }),
    ]),
    notes: z.string().min(1).optional(),
    classification,
    sources,
  })
  .refine((r) => (r.status === 'new-in-spm') === (r.fsh === undefined), { error: 'a row with no FSH part has status new-in-spm, and only such a row' });
export type TransitionRecord = z.infer<typeof transitionSchema>;
