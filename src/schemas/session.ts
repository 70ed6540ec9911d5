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

/** A sub-item of a decision, with its printed marker ("vix)" kept as printed). */
const decisionItem = z.strictObject({ marker: z.string().min(1), text: z.string().min(1) });

/** Another decision, by session and paragraph. */
export const decisionRef = z.strictObject({ session: id, paragraph: z.string().min(1) });

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
  followsUp: z.array(decisionRef).default([]),
  /** Only where a source states whether it was carried out. */
  implementation: z.strictObject({ status: z.string().min(1), sources }).optional(),
  sources,
});

const agendaItem = z.strictObject({
  /** Item number as printed ("5", "c."). */
  item: z.string().min(1),
  title: z.string().min(1),
  /** Conference room papers, as printed ("CRP 7"). */
  papers: z.array(z.string().min(1)).default([]),
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
  /** Chair, as printed. */
  chair: z.strictObject({ name: z.string().min(1), source: documentSource }).optional(),
  /** The HLCM session the report went to, as printed. */
  hlcmSession: z.strictObject({ text: z.string().min(1), source: documentSource }).optional(),
  agenda: z.array(agendaItem).default([]),
  discrepancies: z.array(discrepancy).default([]),
  classification,
  sources,
  decisions: z.array(decision).default([]),
});
export type SessionRecord = z.infer<typeof sessionSchema>;
export type DecisionRecord = z.infer<typeof decision>;
