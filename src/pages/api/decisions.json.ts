/** /api/decisions.json: every decision of every session, with its links (docs/open-data.md). */
import type { APIRoute } from 'astro';
import { getDocuments, getHistory } from '../../data/content.ts';
import { decisionRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const [{ decisions }, documents] = await Promise.all([getHistory(), getDocuments()]);
  return Response.json({ decisions: decisions.map((d) => decisionRecord(d, documents, site!)) });
};
