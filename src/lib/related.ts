/**
 * What else concerns a policy: register entries related to it (declared once, on
 * either side) and the Framework responsibilities that name it.
 */
import type { Lang } from '../schemas/common.ts';
import type { EnglishPolicyFrontmatter } from '../schemas/policy.ts';
import { append } from './group.ts';
import { FRAMEWORK_POLICY, responsibilityAnchor, type RoleEntry } from './roles.ts';
import { policyUrl, versionUrl } from './urls.ts';

type Relation = EnglishPolicyFrontmatter['related'][number]['relation'];

export interface RelatedPolicy {
  policy: string;
  relation: Relation;
  /** "out": this policy is the annex, guidelines… of the other; "in": the other is this one's. */
  direction: 'out' | 'in';
  sources: EnglishPolicyFrontmatter['related'][number]['sources'];
}

interface Declaring {
  id: string;
  related: EnglishPolicyFrontmatter['related'];
}

/**
 * Both directions of every relation touching a policy, in declaration order. The
 * relations are indexed in one pass, so that every policy's page asks in constant
 * time rather than scanning every policy again.
 */
export function relatedPolicies(policies: Declaring[]): (id: string) => RelatedPolicy[] {
  const found = new Map<string, RelatedPolicy[]>();
  for (const p of policies)
    for (const r of p.related) {
      append(found, p.id, { policy: r.policy, relation: r.relation, direction: 'out', sources: r.sources });
      if (r.policy !== p.id) append(found, r.policy, { policy: p.id, relation: r.relation, direction: 'in', sources: r.sources });
    }
  return (id) => found.get(id) ?? [];
}

/** Relations of one kind and direction together, in first-seen order: one heading, several documents. */
export function groupRelated<R extends RelatedPolicy>(related: R[]): { relation: Relation; direction: 'out' | 'in'; items: R[] }[] {
  const groups = new Map<string, { relation: Relation; direction: 'out' | 'in'; items: R[] }>();
  for (const r of related) {
    const key = `${r.relation}.${r.direction}`;
    if (!groups.has(key)) groups.set(key, { relation: r.relation, direction: r.direction, items: [] });
    groups.get(key)!.items.push(r);
  }
  return [...groups.values()];
}

export interface Mention {
  role: string;
  /** The actor as that version prints it ("Field Security Officers" in 2008). */
  heading: string;
  framework: string;
  /** Annex letter of the actor (undefined for a role outside the annex). */
  letter: string | undefined;
  marker: string | undefined;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wholeWords = (names: string[], flags: string) =>
  names.length > 0 ? [new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, flags)] : [];

/** Whether a text uses one of the names as whole words; all-capitals names count only in capitals. */
export function usesName(names: readonly string[]): (text: string) => boolean {
  const acronyms = names.filter((n) => n === n.toUpperCase());
  const patterns = [...wholeWords(acronyms, 'u'), ...wholeWords(names.filter((n) => !acronyms.includes(n)), 'iu')];
  return (text) => patterns.some((p) => p.test(text));
}

/** Every responsibility, in any version of the Framework, whose text uses one of the names. */
export function mentions(roles: RoleEntry[], names: readonly string[]): Mention[] {
  if (names.length === 0) return [];
  const uses = usesName(names);
  return roles.flatMap((role) =>
    role.data.versions.flatMap((v) =>
      v.responsibilities
        .filter((r) => uses(r.text))
        .map((r) => ({ role: role.id, heading: v.annex?.heading ?? role.data.name, framework: v.framework, letter: v.annex?.letter, marker: r.marker, text: r.text })),
    ),
  );
}

/**
 * Where the responsibility is printed: the Framework's own page where it shows that
 * version, else the page of its version; in English where that version has no text in
 * the reader's language (`translated`: the versions that have).
 */
export function mentionUrl(lang: Lang, mention: Mention, shownFramework: string, translated: readonly string[]): string {
  const readIn = lang === 'en' || translated.includes(mention.framework) ? lang : 'en';
  const page = mention.framework === shownFramework ? policyUrl(readIn, FRAMEWORK_POLICY) : versionUrl(readIn, FRAMEWORK_POLICY, mention.framework);
  return mention.letter ? `${page}#${responsibilityAnchor(mention.letter, mention.marker)}` : page;
}
