/**
 * Frontmatter of a policy text: one MDX file per policy, version and language,
 * at content/policies/<policy>/<version>.<lang>.mdx. The English file carries the
 * facts about the version (kind, status, events); a French file says which
 * English version it translates and who made it.
 */
import { z } from 'astro/zod';
import { basis, classification, id, isoDate, sources } from './common.ts';
import { translationRecord } from './translation.ts';

export const policyKinds = ['policy', 'guidelines', 'guide', 'manual', 'annex', 'terms-of-reference', 'standard', 'programme'] as const;
export const policyStatuses = ['in-force', 'endorsed', 'draft', 'under-review', 'superseded', 'proposed', 'planned'] as const;
export type PolicyStatus = (typeof policyStatuses)[number];
export type PolicyKind = (typeof policyKinds)[number];
export const bodies = ['IASMN', 'HLCM', 'CEB', 'UNDSS', 'Secretary-General'] as const;

const version = z.string().regex(/^[0-9a-z][0-9a-z.-]*$/, {
  error: 'must be a short version label such as "2009" or "2011-02"',
});

/** The kind of action an event records, where a status depends on it (see statusBackedBy). */
export const eventTypes = [
  'adopted', 'approved', 'promulgated', 'issued', 'entered-into-force', 'reviewed',
  'endorsed', 'agreed', 'supported', 'implemented', 'submitted',
] as const;
export type EventType = (typeof eventTypes)[number];

/** The actions that give a version its own date: adoption, promulgation or issue, as typed (never its first mention). */
export const datingEvents: readonly EventType[] = ['adopted', 'approved', 'promulgated', 'issued'];

/** Which recorded actions make a status true: a status without one of them is refused by the check. */
export const statusBackedBy: Partial<Record<PolicyStatus, readonly EventType[]>> = {
  'in-force': ['adopted', 'approved', 'promulgated', 'issued', 'entered-into-force', 'implemented'],
  endorsed: ['endorsed', 'approved', 'agreed', 'supported'],
};

/**
 * Of those, the actions that state the status in so many words. A status backed only by
 * another (support read as endorsement, implementation read as being in force) is an
 * inference, and the version must say so with `statusBasis: { basis: inferred, how }`.
 */
export const statusStatedBy: Partial<Record<PolicyStatus, readonly EventType[]>> = {
  'in-force': ['adopted', 'approved', 'promulgated', 'issued', 'entered-into-force'],
  endorsed: ['endorsed', 'approved'],
};


/**
 * How one register entry stands to another, as a source states it; declared once on
 * the first entry and shown on both pages.
 */
export const policyRelations = ['annex-of', 'guidelines-for', 'chapter-of', 'to-replace'] as const;

export const policyRelation = z.strictObject({
  relation: z.enum(policyRelations),
  policy: id,
  sources,
});

export const policyEvent = z.strictObject({
  date: isoDate,
  /** Last day, for an event that spans a meeting. */
  endDate: isoDate.optional(),
  /**
   * True where the date is that of the meeting or document that reports the action, not
   * of the action itself ("was adopted", stated in February 2008): such a date never
   * becomes the version's own date.
   */
  reported: z.boolean().optional(),
  /** Who acted; left out where no source records it (an edition known only by its date). */
  body: z.enum(bodies).optional(),
  /** The IASMN session where it happened (id in content/sessions/). */
  session: id.optional(),
  type: z.enum(eventTypes).optional(),
  action: z.string().min(1),
  /**
   * Where linking this event to this version is the editors' reading (an edition listed
   * under the same title taken to be this text), in plain words; shown next to the event.
   */
  inferred: z.string().min(1).optional(),
  sources,
});

/**
 * A note on a change to this text on the site, GOV.UK style: a major change is one a
 * reader should know about (text published, a wording corrected); a minor one is not
 * (a typo, a source reference).
 */
export const changeNote = z.strictObject({
  date: isoDate,
  change: z.enum(['major', 'minor']),
  note: z.string().min(1),
});

const shared = {
  policy: id,
  version,
  title: z.string().min(1),
  shortTitle: z.string().min(1).optional(),
  classification,
  /** False for a text printed without numbered paragraphs (such as a guide): its ordered lists stay lists. Default true. */
  paragraphNumbering: z.boolean().optional(),
  /** What readers see under "last changed": at least the major note that the text was published on this site. */
  changeNotes: z.array(changeNote).default([]).refine((notes) => notes.some((n) => n.change === 'major'), {
    error: 'a text needs at least one major change note, readers see the latest under "Last changed": add changeNotes: [{ date: "YYYY-MM-DD", change: major, note: "Published on this site." }]',
  }),
};

export const englishPolicySchema = z.strictObject({
  ...shared,
  lang: z.literal('en'),
  /** The glossary entry whose term is this document's name: French pages give its French name (content/glossary/<term>.yaml). */
  term: id.optional(),
  kind: z.enum(policyKinds),
  status: z.enum(policyStatuses),
  /** Whether a source states the status (the default) or the editors infer it, and from what. */
  statusBasis: basis.default({ basis: 'stated' }),
  /** Printed title of the annex rendered from role records, when the text has one. */
  annexTitle: z.string().min(1).optional(),
  sources,
  events: z.array(policyEvent).default([]),
  /** The version that replaced this one (of this policy unless `policy` names another). */
  supersededBy: z.strictObject({ policy: id.optional(), version }).optional(),
  /** Register entries this one is an annex, guidelines or chapter of, as a source says. */
  related: z.array(policyRelation).default([]),
  /**
   * Names other texts use for this document ("MOSS"), to find the responsibilities
   * that name it. An all-capitals name matches only in capitals.
   */
  namedAs: z.array(z.string().min(2)).default([]),
  /**
   * Where the text is reproduced as printed although it looks wrong ("Advisor" for
   * "Adviser", a heading that differs from the contents): a short note in English, shown
   * beside each paragraph named, or after the text where it names none.
   */
  printNotes: z.array(z.strictObject({ paragraphs: z.array(z.string().regex(/^\d+$/)).default([]), note: z.string().min(1) })).default([]),
});

export const frenchPolicySchema = z.strictObject({
  ...shared,
  lang: z.literal('fr'),
  /** The English version this text translates, and who made the translation. */
  translation: translationRecord.extend({ of: version }),
  annexTitle: z.string().min(1).optional(),
  sources: sources.optional(),
});

export const policySchema = z.discriminatedUnion('lang', [englishPolicySchema, frenchPolicySchema]);
export type PolicyFrontmatter = z.infer<typeof policySchema>;
export type EnglishPolicyFrontmatter = z.infer<typeof englishPolicySchema>;
