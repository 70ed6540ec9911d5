/** /api/policies.json: every public policy with its versions, events and sources (docs/open-data.md). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getPolicies } from '../../data/content.ts';
import { placements } from '../../lib/manual.ts';
import { policyRecord } from '../../lib/open-data.ts';
import { relatedPolicies } from '../../lib/related.ts';

export const GET: APIRoute = async ({ site }) => {
  const [policies, chapters] = await Promise.all([getPolicies(), getCollection('manual')]);
  const placed = placements(chapters);
  const relatedTo = relatedPolicies(policies.map((p) => ({ id: p.id, related: p.related })));
  const records = policies.map((p) => policyRecord(p, placed.get(p.id), relatedTo(p.id), site!));
  return Response.json({ policies: records });
};
