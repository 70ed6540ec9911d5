/** An IASMN session and the decisions its report records: content/sessions/<id>.yaml. */
import { z } from 'astro/zod';
import { classification, documentSource, id, isoDate, sources } from './common.ts';

/** What a decision does, by its verb, in the base form ("takes note" → take-note). */
export const decisionVerbs = [
  'recommend', 'request', 'endorse', 'approve', 'decide', 'agree', 'take-note', 'reiterate', 'urge', 'support', 'confirm', 'welcome',
  'adopt', 'accept', 'establish', 'encourage', 'invite', 'note', 'review', 'consider', 'submit', 'stress', 'call',
] as const;

/** Bodies a decision is addressed to, when its text names them. */
export const addressees = [
  'dss', 'hlcm', 'ceb', 'hr-network', 'finance-and-budget-network', 'ict-network', 'legal-network', 'medical-directors', 'procurement-network',
  'iasmn-steering-group', 'iasmn-working-group', 'iasmn-members', 'executive-heads', 'designated-officials', 'secretary-general', 'general-assembly', 'other',
] as const;

/**
 * A note shown next to something reproduced as printed although it looks wrong
 * (a misnumbered item, a misspelt name), so a reader comparing with the printed
 * report sees that the site is faithful: "the sequence suggests vi)". Written in
 * English, in a few words; the page adds "As printed in <symbol>".
 */
export const asPrinted = z.string().min(1);

/** A sub-item of a decision, with its printed marker ("vix)" kept as printed). */
const decisionItem = z.strictObject({ marker: z.string().min(1), text: z.string().min(1), asPrinted: asPrinted.optional() });

/** Another decision, by session and paragraph. */
export const decisionRef = z.strictObject({ session: id, paragraph: z.string().min(1) });

/**
 * An earlier decision this one follows up. `stated` where the decision's own text
 * refers to the earlier one: `quote` is the words that do, checked against the text;
 * `inferred` where the link is the editors' reading, and `how` says why.
 */
export const followUp = z.discriminatedUnion('basis', [
  decisionRef.extend({ basis: z.literal('stated'), quote: z.string().min(1) }),
  decisionRef.extend({ basis: z.literal('inferred'), how: z.string().min(1) }),
]);

export const decision = z.strictObject({
  /** Printed paragraph number of the report. */
  paragraph: z.string().min(1),
  /** Report heading the paragraph sits under, as printed. */
  heading: z.string().min(1),
  /** Verbatim text of the paragraph (before its sub-items, if any). */
  text: z.string().min(1),
  items: z.array(decisionItem).default([]),
  verbs: z.array(z.enum(decisionVerbs)).min(1),
  addressees: z.array(z.enum(addressees)).default([]),
  /** Ids of content/topics/ records. */
  topics: z.array(id).default([]),
  /** For the 2016 report: the item number in its annexed summary of recommendations. */
  summaryItem: z.string().min(1).optional(),
  policies: z.array(id).default([]),
  roles: z.array(id).default([]),
  /** Earlier decisions this one follows up. */
  followsUp: z.array(followUp).default([]),
  /**
   * Where the report records a decision taken at another session, that session in the
   * report's words ("12th session in Nairobi in February 2010"): the decision is shown as
   * reported here, not as taken here.
   */
  takenAt: z.string().min(1).optional(),
  /** Only where a source states whether it was carried out. */
  implementation: z.strictObject({ status: z.string().min(1), sources }).optional(),
  asPrinted: asPrinted.optional(),
  sources,
});

const agendaItem = z.strictObject({
  /** Item number as printed ("5", "c."). */
  item: z.string().min(1),
  title: z.string().min(1),
  /** Conference room papers, as printed ("CRP 7"). */
  papers: z.array(z.string().min(1)).default([]),
  asPrinted: asPrinted.optional(),
});

/** Words of the report, verbatim, and where they are printed. */
const printed = z.strictObject({ text: z.string().min(1), source: documentSource, asPrinted: asPrinted.optional() });

/** A person named in the report, as printed ("Mr. Peter Drennan"), with their function where printed. */
const person = z.strictObject({ name: z.string().min(1), source: documentSource, asPrinted: asPrinted.optional() });

/** One item of a report's annexed summary of recommendations (the 2016 report's Annex C). */
const summaryRecommendation = z.strictObject({
  /** Item number as printed. */
  item: z.string().min(1),
  /** Verbatim text of the item. */
  text: z.string().min(1),
  asPrinted: asPrinted.optional(),
  source: documentSource,
});

/** A working group as an annex lists it: name, chair and co-chair as printed, and member organizations. */
const workingGroup = z.strictObject({
  name: z.string().min(1),
  chair: z.string().min(1).optional(),
  coChair: z.string().min(1).optional(),
  /** Organizations printed for the group, in printed order (no e-mail addresses: the site does not republish them). */
  organizations: z.array(z.string().min(1)).default([]),
  asPrinted: asPrinted.optional(),
  source: documentSource,
});

/** A fact the sources state differently, with both readings. */
const discrepancy = z.strictObject({ note: z.string().min(1), sources });

export const sessionSchema = z.strictObject({
  place: z.string().min(1),
  startDate: isoDate,
  endDate: isoDate,
  /** Session number where the report prints one. */
  number: z.int().positive().optional(),
  /** The report (id in content/documents/). */
  report: id,
  /** Where the session met, as printed ("the Headquarters of the World Bank, Washington, D.C."). */
  venue: printed.optional(),
  /** Who hosted it, as printed ("the World Bank"). */
  host: printed.optional(),
  /** Chair, as printed. */
  chair: person.optional(),
  coChairs: z.array(person).default([]),
  /** Secretary of the session (or the IASMN Secretariat listed for it), as printed. */
  secretary: person.optional(),
  /** Attendance as the report states it, verbatim, with the counts it prints. */
  attendance: z
    .strictObject({
      text: z.string().min(1),
      participants: z.int().positive().optional(),
      organizations: z.int().positive().optional(),
      source: documentSource,
    })
    .optional(),
  /** The HLCM session the report went to, as printed, and the HLCM agenda item where printed. */
  hlcmSession: z.strictObject({ text: z.string().min(1), agendaItem: z.string().min(1).optional(), source: documentSource }).optional(),
  agenda: z.array(agendaItem).default([]),
  /** The report's annexed summary of recommendations, item by item; decisions point to items with `summaryItem`. */
  recommendations: z.array(summaryRecommendation).default([]),
  /** Working groups an annex of the report lists. */
  workingGroups: z.array(workingGroup).default([]),
  /** Places where the printed report differs from itself (table of contents and headings, a name spelled two ways). */
  printNotes: z.array(discrepancy).default([]),
  discrepancies: z.array(discrepancy).default([]),
  classification,
  sources,
  decisions: z.array(decision).default([]),
});
export type SessionRecord = z.infer<typeof sessionSchema>;
export type DecisionRecord = z.infer<typeof decision>;
export type FollowUp = z.infer<typeof followUp>;
