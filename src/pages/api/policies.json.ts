/** /api/policies.json: every public policy with its versions, events and sources (docs/open-data.md). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getPolicies } from '../../data/content.ts';
import { placements } from '../../lib/manual.ts';
import { policyRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const [policies, chapters, texts] = await Promise.all([getPolicies(), getCollection('manual'), getCollection('policies')]);
  const placed = placements(chapters);
  const withText = new Set(texts.filter((t) => t.body?.trim()).map((t) => t.id));
  const records = policies.map((p) => policyRecord(p, placed.get(p.id), site!, (id) => withText.has(id)));
  return Response.json({ policies: records });
};
