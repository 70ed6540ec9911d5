/** /api/decisions.csv: the same records as decisions.json, one row per decision, lists joined with "; ". */
import type { APIRoute } from 'astro';
import { getDocuments, getHistory } from '../../data/content.ts';
import { decisionRecord, decisionsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const [{ decisions }, documents] = await Promise.all([getHistory(), getDocuments()]);
  return new Response(decisionsCsv(decisions.map((d) => decisionRecord(d, documents, site!))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
