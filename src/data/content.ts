/**
 * Reading the content collections for pages. Collections hold only public
 * records (see content.config.ts); these helpers shape them for templates.
 */
import { getCollection } from 'astro:content';
import { contentRoot } from '../lib/content-kinds.ts';
import { lastChanges, type Change } from '../lib/git-history.ts';
import { groupPolicies, type Policy } from '../lib/policies.ts';
import type { CitedDocument } from '../lib/sources.ts';

export async function getPolicies(): Promise<Policy[]> {
  return groupPolicies(await getCollection('policies'));
}

export async function getDocuments(): Promise<ReadonlyMap<string, CitedDocument>> {
  return new Map((await getCollection('documents')).map((d) => [d.id, d.data]));
}

/** Ids of the policy texts whose body the sources hold (register entries have frontmatter only). */
export async function getTextIds(): Promise<ReadonlySet<string>> {
  return new Set((await getCollection('policies')).filter((t) => t.body?.trim()).map((t) => t.id));
}

let changes: Map<string, Change> | undefined;
/** Last git change of a content file (path as Astro records it); read once per build. */
export function lastChangeOf(filePath: string | undefined): Change | undefined {
  changes ??= lastChanges(contentRoot());
  return filePath ? changes.get(filePath) : undefined;
}
