/**
 * What every French translation records (policy texts, role responsibilities) and how a
 * French name is given (glossary terms, roles). Translations are the team's own work,
 * so each says who made it and how far it has been reviewed.
 */
import { z } from 'astro/zod';

export const translationStates = ['draft', 'translated', 'reviewed', 'approved'] as const;
export type TranslationState = (typeof translationStates)[number];

export const translationRecord = z.strictObject({
  translator: z.string().min(1),
  reviewer: z.string().min(1).optional(),
  state: z.enum(translationStates),
  /**
   * The English text of each translated unit (a numbered paragraph, a responsibility)
   * as it was when translated, by its number. Written by `npm run translation:done`;
   * a unit whose English has changed since is outdated.
   */
  basis: z.record(z.string(), z.string()).optional(),
});

/** Where an approved French term is used: a page listed in ../shared/docs/TERMINOLOGY-FR.md. */
const termSource = z.strictObject({ url: z.url(), title: z.string().min(1) });

const approvedOrProposal = { error: 'an approved French term cites where it is used: add source { url, title }, or mark it proposal: true' };

/** What a French name records besides the name itself. */
const frenchNameFields = {
  acronym: z.string().min(1).optional(),
  /** True where no reference gives the French term and it is the team's proposal. */
  proposal: z.boolean(),
  source: termSource.optional(),
  /** French variants seen in use that translators should not use. */
  deprecated: z.array(z.string().min(1)).default([]),
  notes: z.string().min(1).optional(),
};

/** The French of a glossary term: approved (with where it is used) or the team's proposal. */
export const frenchTerm = z.strictObject({ term: z.string().min(1), ...frenchNameFields }).refine((fr) => fr.proposal || fr.source, approvedOrProposal);

/** The French name of a role, on the same terms as a glossary term. */
export const frenchRoleName = z.strictObject({ name: z.string().min(1), ...frenchNameFields }).refine((fr) => fr.proposal || fr.source, approvedOrProposal);
