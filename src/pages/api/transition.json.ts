/** /api/transition.json: every row of the FSH → SPM transition matrix (docs/open-data.md). */
import type { APIRoute } from 'astro';
import { getTransition } from '../../data/content.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = await getTransition();
  return Response.json({
    rows: rows.map(({ id, depth, data }) => ({ id, url: new URL(`/transition/${id}/`, site).href, depth, ...data })),
  });
};
