/** Policies as readers meet them: one policy, several versions, each in one or two languages. */
import type { Lang } from '../schemas/common.ts';
import type { EnglishPolicyFrontmatter, PolicyFrontmatter } from '../schemas/policy.ts';

export interface PolicyText<D extends PolicyFrontmatter = PolicyFrontmatter> {
  id: string;
  data: D;
}

export interface Policy {
  id: string;
  /** English versions, newest first. */
  versions: PolicyText<EnglishPolicyFrontmatter>[];
  /** The version readers get at the policy's URL. */
  current: PolicyText<EnglishPolicyFrontmatter>;
  texts: PolicyText[];
}

const isEnglish = (t: PolicyText): t is PolicyText<EnglishPolicyFrontmatter> => t.data.lang === 'en';

/** A version's date: its first recorded event (undefined where none is recorded). */
export const versionDate = (t: PolicyText<EnglishPolicyFrontmatter>): string | undefined => t.data.events.map((e) => e.date).sort()[0];

/** Versions with no event sort by their label. */
const firstEvent = (t: PolicyText<EnglishPolicyFrontmatter>) => versionDate(t) ?? '';

function newestFirst(a: PolicyText<EnglishPolicyFrontmatter>, b: PolicyText<EnglishPolicyFrontmatter>): number {
  return firstEvent(b).localeCompare(firstEvent(a)) || b.data.version.localeCompare(a.data.version, 'en', { numeric: true });
}

/**
 * The current version is the newest one in force; where none is in force (the
 * sources may not record an approval), the newest version that is not superseded.
 */
export function currentVersion(versions: PolicyText<EnglishPolicyFrontmatter>[]): PolicyText<EnglishPolicyFrontmatter> | undefined {
  const sorted = [...versions].sort(newestFirst);
  return sorted.find((v) => v.data.status === 'in-force') ?? sorted.find((v) => v.data.status !== 'superseded') ?? sorted[0];
}

export function groupPolicies(texts: PolicyText[]): Policy[] {
  const byPolicy = Map.groupBy(texts, (text) => text.data.policy);
  const policies: Policy[] = [];
  for (const [id, all] of byPolicy) {
    const versions = all.filter(isEnglish).sort(newestFirst);
    const current = currentVersion(versions);
    // A French text without its English original is refused by `npm run check`.
    if (current) policies.push({ id, versions, current, texts: all });
  }
  return policies.sort((a, b) => a.current.data.title.localeCompare(b.current.data.title, 'en'));
}

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

/** "Framework for Accountability (2009)": how a paragraph of this version is cited. */
export function citationTitle(text: PolicyText): string {
  return `${text.data.shortTitle ?? text.data.title} (${text.data.version})`;
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
