/**
 * Reading the content collections for pages. Collections hold only public
 * records (see content.config.ts); these helpers shape them for templates.
 * A production build derives each shape once and shares it across pages (so
 * per-page cost stays flat); the dev server derives it once per request, so
 * that edits show.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { getCollection, type CollectionEntry } from 'astro:content';
import { allDecisions, decisionsNaming, sessionsInOrder, threads, type Decision, type SessionEntry, type Thread } from '../lib/decisions.ts';
import { groupPolicies, shortTitle, type Policy } from '../lib/policies.ts';
import { isInferred, type PublicCopy, type Standing } from '../lib/standing.ts';
import { placements, whereToRead } from '../lib/manual.ts';
import type { PolicyStatus } from '../schemas/policy.ts';
import { isPublic } from '../lib/public.ts';
import type { FrameworkVersion } from '../lib/role-pages.ts';
import { FRAMEWORK_POLICY } from '../lib/roles.ts';
import type { CitedDocument } from '../lib/sources.ts';
import { basisOf, bodyOf, frontmatterOf, paragraphsOf } from '../lib/readings.ts';
import type { Citable } from '../lib/fsh-lookup.ts';
import { matrixRows } from '../lib/transition.ts';
import { bridgeUrl } from '../lib/urls.ts';
import type { Lang } from '../schemas/common.ts';
import type { PolicyBody } from '../lib/translation/documents.ts';
import type { Named } from '../lib/translation/localize.ts';

/** The dev server's request being rendered (src/middleware.ts), which derives each shape once. */
export const requestScope = new AsyncLocalStorage<Map<unknown, unknown>>();

export function once<T>(derive: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    if (import.meta.env.PROD) return (value ??= { v: derive() }).v;
    const scope = requestScope.getStore();
    if (!scope) return derive();
    if (!scope.has(derive)) scope.set(derive, derive());
    return scope.get(derive) as T;
  };
}

export const getDocuments = once(async (): Promise<ReadonlyMap<string, CitedDocument>> => new Map((await getCollection('documents')).map((d) => [d.id, d.data])));

/**
 * A policy text: its data store entry (to render it), with what the store does not
 * keep (content.config.ts), read from its file: frontmatter, body, and paragraphs and
 * translation basis when asked for (lib/readings.ts).
 */
export type PolicyEntry = Omit<CollectionEntry<'policies'>, 'data'> & PolicyBody;

/** Where the glob loader found an entry; it records this for every entry it loads. */
const fileOf = (entry: { id: string; filePath?: string | undefined }): string => {
  if (entry.filePath === undefined) throw new Error(`${entry.id}: the data store records no file for this entry`);
  return entry.filePath;
};

const read = (entry: CollectionEntry<'policies'>): PolicyEntry => {
  const file = fileOf(entry);
  return { ...entry, data: frontmatterOf(file), body: bodyOf(file), paragraphs: () => paragraphsOf(file), basis: () => basisOf(file) };
};

/**
 * Every policy text, read from its file. A text the file no longer marks public is
 * dropped too: in the dev server the file can change before the store does.
 */
export const getTexts = once(async (): Promise<PolicyEntry[]> => (await getCollection('policies')).map(read).filter((text) => isPublic(text.data)));

/** Ids of the policy texts whose body the sources hold (register entries have frontmatter only). */
export const getTextIds = once(async (): Promise<ReadonlySet<string>> => new Set((await getTexts()).filter((t) => t.body).map((t) => t.id)));

export const getPolicies = once(async (): Promise<Policy[]> => {
  const withText = await getTextIds();
  return groupPolicies(await getTexts(), (t) => withText.has(t.id));
});

/**
 * The Framework for Accountability's versions whose text is on this site, as role pages
 * read them: the one the policy's page shows first, then the others newest first; the
 * same oldest first; and how the Framework stands (lib/standing.ts), so role pages say
 * which edition applies now even where its text is not here.
 */
export const getFrameworks = once(async (): Promise<{ reading: FrameworkVersion[]; oldestFirst: string[]; shown: string; standing: Standing }> => {
  const framework = (await getPolicies()).find((p) => p.id === FRAMEWORK_POLICY)!;
  const { standing } = framework;
  // Newest first, as the policy orders its versions.
  const texts = standing.versions.filter((v) => v.hasText).map(({ version, status, basis }) => ({ version, status, inferred: isInferred(basis) }));
  const shown = (framework.shown ?? framework.current).data.version;
  return {
    reading: [...texts.filter((v) => v.version === shown), ...texts.filter((v) => v.version !== shown)],
    oldestFirst: texts.map((v) => v.version).reverse(),
    shown,
    standing,
  };
});

export interface History {
  sessions: SessionEntry[];
  decisions: Decision[];
  /** The decisions one follows up and is followed up by. */
  threadOf: (d: Decision) => Thread;
  /** The decisions that name a policy, and those that name a role. */
  aboutPolicy: (id: string) => Decision[];
  aboutRole: (id: string) => Decision[];
  /** What decisions link to: policies by their (English) short title (getTitles), roles and topics by their record, for their name in either language (lib/translation/localize.ts). */
  titles: { policies: ReadonlyMap<string, string>; roles: ReadonlyMap<string, Named>; topics: ReadonlyMap<string, Named> };
}

/** The recommendation history: sessions oldest first, every decision, and the names its links show. */
export const getHistory = once(async (): Promise<History> => {
  const sessions = sessionsInOrder(await getCollection('sessions'));
  const decisions = allDecisions(sessions);
  return {
    sessions,
    decisions,
    threadOf: threads(decisions),
    aboutPolicy: decisionsNaming(decisions, 'policies'),
    aboutRole: decisionsNaming(decisions, 'roles'),
    titles: {
      policies: (await getTitles()).policies,
      roles: new Map((await getCollection('roles')).map((r) => [r.id, r.data])),
      topics: new Map((await getCollection('topics')).map((topic) => [topic.id, topic.data])),
    },
  };
});

/** Where to read each policy whose text is not on this site (lib/manual.ts, whereToRead); empty for one whose text is. */
export const getWhereToRead = once(async (): Promise<ReadonlyMap<string, PublicCopy[]>> => {
  const placed = placements(await getCollection('manual'));
  return new Map((await getPolicies()).map((p) => [p.id, p.standing.current.hasText ? [] : whereToRead(p.standing.current.copies, placed.get(p.id))]));
});

/** Display names that transition targets show. */
export interface Titles {
  /** Each policy's full title, as its version in force gives it. */
  policies: ReadonlyMap<string, string>;
  /** Each Manual chapter's number (Roman numerals). */
  chapters: ReadonlyMap<string, string>;
  /** Each policy's status now (lib/standing.ts) and whether it is inferred, shown beside every link to it. */
  status: ReadonlyMap<string, { status: PolicyStatus; inferred: boolean }>;
}

/** Policy titles, statuses and chapter numbers, by id: what the transition pages link with. */
export const getTitles = once(async (): Promise<Titles> => {
  const policies = await getPolicies();
  return {
    policies: new Map(policies.map((p) => [p.id, shortTitle(p.current)])),
    chapters: new Map((await getCollection('manual')).map((c) => [c.id, c.data.number])),
    status: new Map(policies.map((p) => [p.id, { status: p.standing.status, inferred: isInferred(p.standing.basis) }])),
  };
});

/** The transition matrix rows, in the Handbook's order. */
export const getTransition = once(async () => matrixRows(await getCollection('transition')));

/**
 * What the Handbook lookup (lib/fsh-lookup.ts) reads of each part, with its bridge page,
 * for the search page: it answers a Handbook reference, and the transition pages' lookup
 * box, a search form, sends it one.
 */
export async function getHandbookLookup(lang: Lang): Promise<(Citable & { href: string; part: boolean })[]> {
  return (await getTransition()).flatMap((r) => (r.data.fsh ? [{ id: r.id, href: bridgeUrl(lang, r.id), part: r.data.fsh.parent !== undefined, data: { fsh: r.data.fsh } }] : []));
}
