/**
 * A translation reviewed unit by unit (a numbered paragraph, a responsibility):
 * is the French there, is it fresh, does it use the approved glossary terms and
 * avoid the deprecated ones, does it carry the same numbers and dates. The
 * side-by-side view, the dashboard and `npm run check` all read this.
 */
import type { ChangeObject } from 'diff';
import type { GlossaryRecord } from '../../schemas/glossary.ts';
import { paragraphFreshness, type FreshnessState } from '../freshness.ts';
import { compareQuantities, type Quantity } from './numbers.ts';
import { englishForms, frenchForms, termMatcher, type TermMatch, type TermPattern } from './terms.ts';

/** A glossary term as the checks use it: how to find it in each language. */
export interface GlossaryPair {
  id: string;
  english: string;
  /** The French term, where the glossary has one. */
  french?: string;
  /** True where the French term is approved (a proposal is shown but not required). */
  approved: boolean;
  en: TermPattern;
  fr?: TermPattern;
  deprecated?: TermPattern;
}

export function glossaryPairs(entries: readonly { id: string; data: GlossaryRecord }[]): GlossaryPair[] {
  return entries.map(({ id, data }) => {
    const { fr } = data;
    const acronym = data.acronym ? [data.acronym] : [];
    return {
      id,
      english: data.term,
      approved: fr ? !fr.proposal : false,
      en: { id, forms: englishForms(data.term), acronyms: acronym },
      ...(fr && {
        french: fr.term,
        // French texts often keep the English acronym ("MOSS"); either acronym stands for the term.
        fr: { id, forms: frenchForms(fr.term), acronyms: [...new Set([...(fr.acronym ? [fr.acronym] : []), ...acronym])] },
        ...(fr.deprecated.length && { deprecated: { id, forms: fr.deprecated.flatMap(frenchForms), acronyms: [] } }),
      }),
    };
  });
}

export type UnitIssue =
  | { kind: 'missing-french' }
  | { kind: 'missing-english' }
  | { kind: 'outdated' }
  | { kind: 'term-missing'; term: string }
  | { kind: 'deprecated'; term: string; variant: string }
  | { kind: 'numbers'; onlyEnglish: Quantity[]; onlyFrench: Quantity[] };

export interface TranslationUnit {
  /** Paragraph number or responsibility key, shared by both languages. */
  key: string;
  en?: string;
  fr?: string;
}

export interface UnitReview extends TranslationUnit {
  freshness?: FreshnessState;
  /** For an outdated unit: how the English changed since it was translated, word by word. */
  changes?: ChangeObject<string>[];
  enTerms: TermMatch[];
  frTerms: TermMatch[];
  issues: UnitIssue[];
}

interface Matchers {
  english: (text: string) => TermMatch[];
  french: (text: string) => TermMatch[];
  deprecated: (text: string) => TermMatch[];
  byId: ReadonlyMap<string, GlossaryPair>;
}

// Compiled once per glossary: a site has one, and every unit of every document is matched against it.
const compiled = new WeakMap<readonly GlossaryPair[], Matchers>();
function matchersOf(glossary: readonly GlossaryPair[]): Matchers {
  let m = compiled.get(glossary);
  if (!m) {
    m = {
      english: termMatcher(glossary.map((g) => g.en)),
      french: termMatcher(glossary.flatMap((g) => (g.fr ? [g.fr] : []))),
      deprecated: termMatcher(glossary.flatMap((g) => (g.deprecated ? [g.deprecated] : []))),
      byId: new Map(glossary.map((g) => [g.id, g])),
    };
    compiled.set(glossary, m);
  }
  return m;
}

/** Review each unit, in the order given (English order first, then French-only units). */
export function reviewUnits(units: readonly TranslationUnit[], basis: Readonly<Record<string, string>> | undefined, glossary: readonly GlossaryPair[]): UnitReview[] {
  const { english, french, deprecated, byId } = matchersOf(glossary);
  const fresh = new Map(paragraphFreshness(units.flatMap((u) => (u.en === undefined ? [] : [{ number: u.key, text: u.en }])), basis).map((f) => [f.number, f]));
  return units.map((unit) => {
    const enTerms = unit.en === undefined ? [] : english(unit.en);
    const frTerms = unit.fr === undefined ? [] : french(unit.fr);
    const review: UnitReview = { ...unit, enTerms, frTerms, issues: [] };
    if (unit.en === undefined) return { ...review, issues: [{ kind: 'missing-english' }] };
    if (unit.fr === undefined) return { ...review, issues: [{ kind: 'missing-french' }] };
    const f = fresh.get(unit.key);
    review.freshness = f?.state;
    if (f?.state === 'outdated') {
      review.changes = f.changes;
      review.issues.push({ kind: 'outdated' });
    }
    const inFrench = new Set(frTerms.map((m) => m.id));
    for (const id of new Set(enTerms.map((m) => m.id)))
      if (byId.get(id)?.approved && !inFrench.has(id)) review.issues.push({ kind: 'term-missing', term: id });
    for (const m of deprecated(unit.fr))
      if (!frTerms.some((t) => m.start < t.end && t.start < m.end)) review.issues.push({ kind: 'deprecated', term: m.id, variant: unit.fr.slice(m.start, m.end) });
    const numbers = compareQuantities(unit.en, unit.fr);
    if (numbers.onlyEnglish.length || numbers.onlyFrench.length) review.issues.push({ kind: 'numbers', ...numbers });
    return review;
  });
}

/** How a translation stands as a whole; "untracked" where it records no basis to compare with. */
export const documentStates = ['missing', 'outdated', 'untracked', 'current'] as const;
export type DocumentState = (typeof documentStates)[number];

export interface DocumentSummary {
  state: DocumentState;
  units: number;
  outdated: number;
  /** Units without a counterpart on one side. */
  unpaired: number;
  glossaryIssues: number;
  numberIssues: number;
}

export function summarize(reviews: readonly UnitReview[], hasFrench: boolean): DocumentSummary {
  const count = (kinds: UnitIssue['kind'][]) => reviews.reduce((n, r) => n + r.issues.filter((i) => kinds.includes(i.kind)).length, 0);
  const outdated = count(['outdated']);
  const state: DocumentState = !hasFrench ? 'missing' : outdated ? 'outdated' : reviews.some((r) => r.freshness === 'untracked') ? 'untracked' : 'current';
  return {
    state,
    units: reviews.length,
    outdated,
    unpaired: hasFrench ? count(['missing-english', 'missing-french']) : 0,
    glossaryIssues: count(['term-missing', 'deprecated']),
    numberIssues: count(['numbers']),
  };
}

/** English units, then French units without English, paired by key. */
export function pairUnits(english: readonly { key: string; text: string }[], french: readonly { key: string; text: string }[] | undefined): TranslationUnit[] {
  const fr = new Map((french ?? []).map((u) => [u.key, u.text]));
  const en = new Set(english.map((u) => u.key));
  return [
    ...english.map((u) => ({ key: u.key, en: u.text, ...(fr.has(u.key) && { fr: fr.get(u.key)! }) })),
    ...(french ?? []).filter((u) => !en.has(u.key)).map((u) => ({ key: u.key, fr: u.text })),
  ];
}
