/** /api/roles.json: every public role with each version of the Framework that names it (docs/open-data.md). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getFrameworks } from '../../data/content.ts';
import { roleRecord } from '../../lib/open-data.ts';
import { newIn } from '../../lib/role-pages.ts';

export const GET: APIRoute = async ({ site }) => {
  const [roles, { reading, oldestFirst }] = await Promise.all([getCollection('roles'), getFrameworks()]);
  const statusOf = (framework: string) => reading.find((f) => f.version === framework)!.status;
  return Response.json({ roles: roles.map((r) => roleRecord(r.id, r.data, site!, statusOf, newIn(r.data, oldestFirst))) });
};
