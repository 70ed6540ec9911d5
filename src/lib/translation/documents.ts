/**
 * Everything that is translated, as translators track it: each English policy text
 * and each role's annex entry per Framework version, with its French (if any)
 * reviewed unit by unit. The dashboard lists them; the side-by-side view shows one.
 */
import type { RoleRecord, RoleVersion } from '../../schemas/role.ts';
import type { EnglishPolicyFrontmatter, PolicyFrontmatter } from '../../schemas/policy.ts';
import type { TranslationState } from '../../schemas/translation.ts';
import { bodyText } from '../paragraphs.ts';
import { shortTitle } from '../policies.ts';
import type { Basis, Paragraph } from '../readings.ts';
import { pairUnits, reviewUnits, summarize, type DocumentState, type DocumentSummary, type GlossaryPair, type UnitReview } from './review.ts';
import { englishRoleUnits, frenchRoleUnits } from './role-units.ts';

export interface TranslatedBy {
  translator: string;
  reviewer?: string | undefined;
  state: TranslationState;
}

export interface TranslatableDocument {
  kind: 'policy' | 'role';
  /** Record and version: the side-by-side view's address below /translations/<kind>/. */
  id: string;
  version: string;
  title: { en: string; fr?: string | undefined };
  /** What the units are: numbered paragraphs, a text read as a whole, or an annex entry's parts. */
  units: 'paragraphs' | 'whole-text' | 'annex-entry';
  translation?: TranslatedBy | undefined;
  reviews: UnitReview[];
  summary: DocumentSummary;
}

const by = (t: TranslatedBy): TranslatedBy => ({ translator: t.translator, reviewer: t.reviewer, state: t.state });

export interface PolicyBody {
  data: PolicyFrontmatter;
  /** The text after the frontmatter; empty for a register entry. */
  body: string;
  /** Its numbered paragraphs (lib/readings.ts reads them once per build). */
  paragraphs: () => readonly Paragraph[];
  /** A translation's basis, which the data store does not keep (lib/readings.ts). */
  basis: () => Basis | undefined;
}

/** An English policy text and its French, if any. A text printed without numbered paragraphs is one unit. */
export function policyDocument(english: PolicyBody & { data: EnglishPolicyFrontmatter }, french: PolicyBody | undefined, glossary: readonly GlossaryPair[]): TranslatableDocument {
  const numbered = english.data.paragraphNumbering !== false;
  const unitsOf = ({ body, paragraphs }: PolicyBody) => (numbered ? paragraphs().map((p) => ({ key: p.number, text: p.text })) : [{ key: 'text', text: bodyText(body) }]);
  const translation = french?.data.lang === 'fr' ? french.data.translation : undefined;
  const reviews = reviewUnits(pairUnits(unitsOf(english), french && unitsOf(french)), french?.basis(), glossary);
  return {
    kind: 'policy',
    id: english.data.policy,
    version: english.data.version,
    // Named as everywhere else on the site: by the short title.
    title: { en: shortTitle(english), fr: french && shortTitle(french) },
    units: numbered ? 'paragraphs' : 'whole-text',
    translation: translation && by(translation),
    reviews,
    summary: summarize(reviews, Boolean(french)),
  };
}

/** A role's annex entry in one Framework version, and its French, if any. */
export function roleDocument(role: { id: string; name: string; frName?: string | undefined }, version: RoleVersion, glossary: readonly GlossaryPair[]): TranslatableDocument {
  const reviews = reviewUnits(pairUnits(englishRoleUnits(version), frenchRoleUnits(version)), version.fr?.translation.basis, glossary);
  return {
    kind: 'role',
    id: role.id,
    version: version.framework,
    title: { en: role.name, fr: role.frName },
    units: 'annex-entry',
    translation: version.fr && by(version.fr.translation),
    reviews,
    summary: summarize(reviews, Boolean(version.fr)),
  };
}

export interface Totals {
  /** Documents per state of their French. */
  states: Record<DocumentSummary['state'], number>;
  /** Translated documents per review state. */
  reviewStates: Partial<Record<TranslationState, number>>;
  outdatedUnits: number;
  glossaryIssues: number;
  numberIssues: number;
}

export function totals(documents: readonly TranslatableDocument[]): Totals {
  const t: Totals = { states: { missing: 0, outdated: 0, untracked: 0, current: 0 }, reviewStates: {}, outdatedUnits: 0, glossaryIssues: 0, numberIssues: 0 };
  for (const d of documents) {
    t.states[d.summary.state] += 1;
    if (d.translation) t.reviewStates[d.translation.state] = (t.reviewStates[d.translation.state] ?? 0) + 1;
    t.outdatedUnits += d.summary.outdated;
    t.glossaryIssues += d.summary.glossaryIssues;
    t.numberIssues += d.summary.numberIssues;
  }
  return t;
}

interface PolicyEntry extends PolicyBody {
  id: string;
}

/**
 * Every English policy text the sources hold (register entries without text have
 * nothing to translate), and every role's annex entry in every Framework version.
 */
export function documentsToTranslate(
  policies: readonly { versions: readonly { id: string }[] }[],
  texts: readonly PolicyEntry[],
  roles: readonly { id: string; data: RoleRecord }[],
  glossary: readonly GlossaryPair[],
): TranslatableDocument[] {
  const byId = new Map(texts.map((t) => [t.id, t]));
  const french = new Map(texts.flatMap((t) => (t.data.lang === 'fr' ? [[`${t.data.policy}@${t.data.translation.of}`, t] as const] : [])));
  const policyDocs = policies.flatMap((p) =>
    p.versions.flatMap((v) => {
      const english = byId.get(v.id);
      if (!english?.body || english.data.lang !== 'en') return [];
      return [policyDocument(english as PolicyBody & { data: EnglishPolicyFrontmatter }, french.get(`${english.data.policy}@${english.data.version}`), glossary)];
    }),
  );
  const roleDocs = roles.flatMap((r) =>
    r.data.versions.filter((v) => v.responsibilities.length > 0).map((v) => roleDocument({ id: r.id, name: r.data.name, frName: r.data.fr?.name }, v, glossary)),
  );
  return [...policyDocs, ...roleDocs];
}

/** The order a translator works in: French whose English changed, French with no record of its English, missing French, then up to date. */
export const workOrder = ['outdated', 'untracked', 'missing', 'current'] as const satisfies readonly DocumentState[];

/** The documents grouped by the state of their French, in `workOrder`, each group A to Z by its title as `titleOf` gives it; empty groups left out. */
export function byState<T extends TranslatableDocument>(documents: readonly T[], titleOf: (doc: T) => string, lang: string): { state: DocumentState; documents: T[] }[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const groups = Map.groupBy(documents, (d) => d.summary.state);
  return workOrder.flatMap((state) => {
    const list = groups.get(state);
    return list ? [{ state, documents: [...list].sort((a, b) => collator.compare(titleOf(a), titleOf(b))) }] : [];
  });
}