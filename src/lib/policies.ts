/** Policies as readers meet them: one policy, several versions, each in one or two languages. */
import type { Lang } from '../schemas/common.ts';
import type { EnglishPolicyFrontmatter, PolicyFrontmatter } from '../schemas/policy.ts';
import { newestFirst, standingOf, type Standing, type VersionStanding } from './standing.ts';

export interface PolicyText<D extends PolicyFrontmatter = PolicyFrontmatter> {
  id: string;
  data: D;
}

export interface Policy {
  id: string;
  /** English versions, newest first. */
  versions: PolicyText<EnglishPolicyFrontmatter>[];
  /** The version that applies now (lib/standing.ts); its text may not be on this site. */
  current: PolicyText<EnglishPolicyFrontmatter>;
  /** The version whose text the policy's page shows, where any text is on this site. */
  shown: PolicyText<EnglishPolicyFrontmatter> | undefined;
  /** What applies now, and how each version stands: the one status every page states. */
  standing: Standing;
  /** Relations to other register entries, as declared on any of its versions (once each). */
  related: EnglishPolicyFrontmatter['related'];
  /** Names other texts use for it, from all its versions (once each). */
  namedAs: string[];
  texts: PolicyText[];
}

const isEnglish = (t: PolicyText): t is PolicyText<EnglishPolicyFrontmatter> => t.data.lang === 'en';

/** Groups texts into policies; `hasText` says whether a text's body is on this site. */
export function groupPolicies(texts: PolicyText[], hasText: (text: PolicyText) => boolean): Policy[] {
  const byPolicy = Map.groupBy(texts, (text) => text.data.policy);
  const policies: Policy[] = [];
  for (const [id, all] of byPolicy) {
    const versions = all.filter(isEnglish).sort(newestFirst);
    // A French text without its English original is refused by `npm run check`.
    if (versions.length === 0) continue;
    const standing = standingOf(versions, hasText);
    const byId = (version: VersionStanding | undefined) => versions.find((v) => v.id === version?.id);
    // A relation or a name is declared once, on whichever version a source gives it for; it holds for the policy.
    const related = [...new Map(versions.flatMap((v) => v.data.related).map((r) => [`${r.relation} ${r.policy}`, r])).values()];
    const namedAs = [...new Set(versions.flatMap((v) => v.data.namedAs))];
    policies.push({ id, versions, current: byId(standing.current)!, shown: byId(standing.shown), standing, related, namedAs, texts: all });
  }
  return policies.sort((a, b) => shortTitle(a.current).localeCompare(shortTitle(b.current), 'en'));
}

/** How a version stands (lib/standing.ts). */
export const standingOfVersion = (policy: Policy, version: string): VersionStanding => policy.standing.versions.find((v) => v.version === version)!;

/**
 * Versions newer than the one at the policy's URL: recorded, but not as in force
 * (legislation.gov.uk's "changes not yet applied"). Newest first.
 */
export function laterVersions(policy: Policy): PolicyText<EnglishPolicyFrontmatter>[] {
  return policy.versions.slice(0, policy.versions.indexOf(policy.current));
}

/** The text of a version in a language, if it exists. */
export function textIn(policy: Policy, version: string, lang: Lang): PolicyText | undefined {
  return policy.texts.find((t) => t.data.lang === lang && (t.data.lang === 'en' ? t.data.version : t.data.translation.of) === version);
}

/** The name a text goes by in headings, lists, breadcrumbs and search: its short title, else its title. */
export const shortTitle = (text: { data: Pick<PolicyFrontmatter, 'title' | 'shortTitle'> }): string => text.data.shortTitle ?? text.data.title;

/** "Framework for Accountability (2009)": how a paragraph of this version is cited. */
export function citationTitle(text: PolicyText): string {
  return `${shortTitle(text)} (${text.data.version})`;
}

export interface PolicyEvent {
  policy: Policy;
  event: EnglishPolicyFrontmatter['events'][number];
}

/** The latest recorded events across all policies, newest first. */
export function recentEvents(policies: Policy[], count: number): PolicyEvent[] {
  return policies
    .flatMap((policy) => policy.versions.flatMap((v) => v.data.events.map((event) => ({ policy, event }))))
    .sort((a, b) => b.event.date.localeCompare(a.event.date) || a.policy.id.localeCompare(b.policy.id))
    .slice(0, count);
}

/**
 * Pairs of versions that can be compared (both have their text), older first;
 * one page per pair.
 */
export function comparablePairs(policy: Policy, withText: ReadonlySet<string>): { from: string; to: string }[] {
  // `versions` is newest first.
  const texts = policy.versions.filter((v) => withText.has(v.id)).reverse();
  return texts.flatMap((older, i) => texts.slice(i + 1).map((newer) => ({ from: older.data.version, to: newer.data.version })));
}

type ChangeNote = PolicyFrontmatter['changeNotes'][number];

/** Change notes newest first, major ones apart from minor ones (which readers may skip). */
export function changeHistory(notes: ChangeNote[]): { major: ChangeNote[]; minor: ChangeNote[] } {
  const newest = [...notes].sort((a, b) => b.date.localeCompare(a.date));
  return { major: newest.filter((n) => n.change === 'major'), minor: newest.filter((n) => n.change === 'minor') };
}
