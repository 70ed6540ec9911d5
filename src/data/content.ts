/**
 * Reading the content collections for pages. Collections hold only public
 * records (see content.config.ts); these helpers shape them for templates.
 */
import { getCollection } from 'astro:content';
import { groupPolicies, type Policy } from '../lib/policies.ts';
import type { CitedDocument } from '../lib/sources.ts';

export async function getPolicies(): Promise<Policy[]> {
  return groupPolicies(await getCollection('policies'));
}

export async function getDocuments(): Promise<ReadonlyMap<string, CitedDocument>> {
  return new Map((await getCollection('documents')).map((d) => [d.id, d.data]));
}
