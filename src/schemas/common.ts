/**
 * Building blocks shared by every content schema. Each content kind has its own
 * schema module beside this one; they import only from here and from `astro/zod`,
 * so the same schemas run inside Astro (content collections) and in plain Node
 * (`npm run check`).
 */
import { z } from 'astro/zod';

/** Stable, human-readable identifiers: lower-case words joined by hyphens. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be kebab-case: lower-case letters and digits joined by single hyphens (e.g. "designated-official")',
  });

/**
 * A calendar date written as a quoted ISO string ("2009-08-04"). YAML would turn an
 * unquoted date into a Date and silently roll 2025-02-30 over to 2 March, so the
 * schema insists on a string and checks that the day exists.
 */
export const isoDate = z.iso.date({
  error: (issue) =>
    typeof issue.input === 'string'
      ? `"${issue.input}" is not a real calendar date; write it as "YYYY-MM-DD" (e.g. "2009-08-04")`
      : 'must be a date in quotes, "YYYY-MM-DD" (e.g. "2009-08-04"); unquoted dates are not accepted',
});

export const classifications = ['public', 'internal', 'confidential'] as const;
export type Classification = (typeof classifications)[number];

/** Every record states who may read it; there is deliberately no default. */
export const classification = z.enum(classifications, {
  error: 'must be one of public, internal or confidential; every record states it explicitly',
});

/** Where a fact comes from: a document of the `documents` collection and a place in it. */
export const documentSource = z
  .strictObject({
    /** Id of a record in content/documents/. */
    document: id,
    annex: z.string().min(1).optional(),
    section: z.string().min(1).optional(),
    /** Printed paragraph number(s), as a string: "13", "126-128". */
    paragraph: z.string().min(1).optional(),
    /** Item within the paragraph or annex, as printed: "a)", "vix)". */
    item: z.string().min(1).optional(),
    /** A part without a number, such as "cover page". */
    part: z.string().min(1).optional(),
  })
  .refine((s) => s.annex !== undefined || s.section !== undefined || s.paragraph !== undefined || s.part !== undefined, {
    error: 'a source needs a place in the document: a paragraph, an annex, a section or a part such as "cover page"',
  });

/** A public web page listed in the shared reference files, with its confidence mark. */
export const webSource = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().min(1),
  confidence: z.enum(['high', 'medium']),
});

export type DocumentSource = z.infer<typeof documentSource>;

export const source = z.union([documentSource, webSource]);
export type Source = z.infer<typeof source>;

export const sources = z.array(source).min(1, { error: 'every record cites at least one source' });

export const langs = ['en', 'fr'] as const;
export type Lang = (typeof langs)[number];
export const lang = z.enum(langs);

/** How a fact is known: stated by a source, or inferred by the editors (and from what, in plain words). */
export const basis = z.discriminatedUnion('basis', [
  z.strictObject({ basis: z.literal('stated') }),
  z.strictObject({ basis: z.literal('inferred'), how: z.string().min(1) }),
]);
export type Basis = z.infer<typeof basis>;
