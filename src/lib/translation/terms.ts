/**
 * Finding glossary terms in English and French text. Matching ignores case and
 * accents (capitals often drop them: "EQUIPE"), treats an elided article as a word
 * boundary ("l'Équipe"), and knows the plural of a term: in French the words before
 * the first linking word take the plural ("responsables désignés", "équipes de
 * coordination du dispositif de sécurité"). Acronyms match only as written.
 */

/** A term to look for, in one language. */
export interface TermPattern {
  id: string;
  /** Written forms, matched without regard to case or accents. */
  forms: string[];
  /** Acronyms, matched exactly. */
  acronyms: string[];
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

const folds = new Map<string, string>();

function foldChar(c: string): string {
  const base = c.normalize('NFD')[0] ?? c;
  const lower = base.toLowerCase();
  const folded = base === '\u2019' ? "'" : lower.length === base.length ? lower : base;
  return folded.length === c.length ? folded : c;
}

/** One UTF-16 unit per unit of the input, so positions found in the folded text hold in the original. */
export function fold(text: string): string {
  // Plain ASCII folds by lower-casing alone; other characters are folded once and remembered.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (const c of text) {
    let folded = folds.get(c);
    if (folded === undefined) folds.set(c, (folded = foldChar(c)));
    out += folded;
  }
  return out;
}

const FRENCH_LINKS = new Set(['de', 'du', 'des', "d'", 'pour', 'à', 'a', 'au', 'aux', 'en', 'sur', 'dans', 'chargé', 'chargée', 'et']);
const ENGLISH_LINKS = new Set(['of', 'for', 'on', 'in', 'to', 'and']);

function frenchPlural(word: string): string {
  if (/[sxz]$/i.test(word)) return word;
  if (/al$/i.test(word)) return `${word.slice(0, -2)}aux`;
  if (/(eau|eu)$/i.test(word)) return `${word}x`;
  return `${word}s`;
}

function frenchSingular(word: string): string {
  if (/aux$/i.test(word) && word.length > 4) return `${word.slice(0, -3)}al`;
  if (/[^s]s$/i.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** The words up to the first linking word: the ones that agree in number. */
function inflectHead(term: string, links: Set<string>, inflect: (w: string) => string): string {
  const words = term.split(' ');
  const end = words.findIndex((w, i) => i > 0 && (links.has(fold(w)) || fold(w).startsWith("d'")));
  const head = end === -1 ? words.length : end;
  return words.map((w, i) => (i < head ? w.replace(/^([\p{L}-]+)/u, (m) => inflect(m)) : w)).join(' ');
}

/** The written forms of a French term: as given, plural and singular. */
export function frenchForms(term: string): string[] {
  return [...new Set([term, inflectHead(term, FRENCH_LINKS, frenchPlural), inflectHead(term, FRENCH_LINKS, frenchSingular)])];
}

/** The written forms of an English term: as given, and with its head noun in the plural or singular. */
export function englishForms(term: string): string[] {
  const words = term.split(' ');
  const link = words.findIndex((w, i) => i > 0 && ENGLISH_LINKS.has(w.toLowerCase()));
  const noun = (link === -1 ? words.length : link) - 1;
  const inflect = (f: (w: string) => string) => words.map((w, i) => (i === noun ? f(w) : w)).join(' ');
  const plural = (w: string) => (/s$/.test(w) ? w : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
  const singular = (w: string) => (/ies$/.test(w) ? `${w.slice(0, -3)}y` : /[^s]s$/.test(w) ? w.slice(0, -1) : w);
  return [...new Set([term, inflect(plural), inflect(singular)])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bounded = (alternatives: string[], flags: string) =>
  alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.map(escape).join('|')})(?![\\p{L}\\p{N}])`, `g${flags}`) : null;

/**
 * A matcher for a set of terms, compiled once: one regular expression for all written
 * forms (longest first, so "Security Management Team" wins over "Security" where both
 * start) and one for all acronyms. It finds every occurrence in text order, keeping the
 * longer of two that overlap.
 */
export function termMatcher(patterns: readonly TermPattern[]): (text: string) => TermMatch[] {
  const forms = new Map<string, string>();
  const acronyms = new Map<string, string>();
  for (const p of patterns) {
    for (const form of p.forms) if (!forms.has(fold(form))) forms.set(fold(form), p.id);
    for (const acronym of p.acronyms) if (!acronyms.has(acronym)) acronyms.set(acronym, p.id);
  }
  const longestFirst = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length);
  const written = bounded(longestFirst(forms.keys()), 'u');
  const exact = bounded(longestFirst(acronyms.keys()), 'u');
  return (text) => {
    const found: TermMatch[] = [];
    for (const m of written ? fold(text).matchAll(written) : []) found.push({ id: forms.get(m[0])!, start: m.index, end: m.index + m[0].length });
    for (const m of exact ? text.matchAll(exact) : []) found.push({ id: acronyms.get(m[0])!, start: m.index, end: m.index + m[0].length });
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: TermMatch[] = [];
    for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    return kept.sort((a, b) => a.start - b.start);
  };
}

/** The text cut at the matches, for rendering them marked. */
export function segments(text: string, matches: readonly TermMatch[]): { text: string; id?: string }[] {
  const out: { text: string; id?: string }[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), id: m.id });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
