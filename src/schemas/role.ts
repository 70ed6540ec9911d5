/**
 * An actor of the UN security management system, one file per actor at
 * content/roles/<id>.yaml, with one entry per version of the Framework for
 * Accountability that names it. The policy page renders the Framework's annex
 * from these records, so responsibilities are typed only here.
 */
import { z } from 'astro/zod';
import { classification, documentSource, id, sources } from './common.ts';
import { frenchRoleName, translationRecord } from './translation.ts';

const heading = z.strictObject({
  /** Letter as printed ("F"). */
  letter: z.string().regex(/^[A-Z]$/, { error: 'must be the single capital letter printed before the heading' }),
  /** Heading as printed after the letter, without markup. */
  heading: z.string().min(1),
});

export const responsibility = z.strictObject({
  /** Marker as printed ("1.", "a)"); omitted for an unnumbered statement. */
  marker: z.string().min(1).optional(),
  text: z.string().min(1),
});

/** How the text ties an actor to another: the lines the accountability chart draws. */
export const roleRelationKinds = ['appointed-by', 'accountable-to', 'reports-to', 'member-of', 'chairs'] as const;

export const roleRelation = z
  .strictObject({
    kind: z.enum(roleRelationKinds),
    /** The other actor (id in content/roles/)… */
    role: id.optional(),
    /** …or a body that has no role record, named as printed ("General Assembly"). */
    body: z.string().min(1).optional(),
    /** An actor the line passes through, as printed ("through the Under-Secretary-General"). */
    via: id.optional(),
    /** The words of the text that state it, verbatim. */
    quote: z.string().min(1),
    source: documentSource,
  })
  .refine((r) => (r.role === undefined) !== (r.body === undefined), { error: 'name either a role or a body, not both' });

export const roleVersion = z.strictObject({
  /** Version of the Framework for Accountability ("2009"). */
  framework: z.string().min(1),
  /** The actor's entry in the Framework's main text. */
  mainText: heading.extend({ paragraphs: z.array(z.int().positive()).min(1) }).optional(),
  /** The actor's entry in the Framework's annex of responsibilities. */
  annex: heading
    .extend({
      /** Parenthesised qualifier printed after the heading. */
      qualifier: z.string().min(1).optional(),
      footnote: z.strictObject({ marker: z.string().min(1), text: z.string().min(1) }).optional(),
    })
    .optional(),
  /** Words printed before the list, such as "The Under-Secretary-General for Safety and Security:". */
  leadIn: z.string().min(1).optional(),
  responsibilities: z.array(responsibility),
  /** Appointment, accountability, reporting and membership, as this version's text states them. */
  relations: z.array(roleRelation).default([]),
  /**
   * The team's French translation of this version's annex entry. Responsibilities keep
   * the English markers, so each pairs with its English; the basis is keyed by
   * responsibilityKey (lib/translation/role-units.ts).
   */
  fr: z
    .strictObject({
      translation: translationRecord,
      heading: z.string().min(1).optional(),
      qualifier: z.string().min(1).optional(),
      footnote: z.string().min(1).optional(),
      leadIn: z.string().min(1).optional(),
      responsibilities: z.array(responsibility),
    })
    .optional(),
  sources,
});

export const roleSchema = z.strictObject({
  name: z.string().min(1),
  acronym: z.string().min(1).optional(),
  /** The French name (approved or the team's proposal); until it exists the French site shows the English one. */
  fr: frenchRoleName.optional(),
  /** Group this actor is printed under (id in content/roles/). */
  parent: id.optional(),
  classification,
  /** Quirks of the source kept as printed, and other editorial notes. */
  notes: z.string().min(1).optional(),
  sources,
  versions: z.array(roleVersion).min(1),
});
export type RoleRecord = z.infer<typeof roleSchema>;
export type RoleVersion = z.infer<typeof roleVersion>;
