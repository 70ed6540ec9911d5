/** /search/handbook.json: the Handbook's parts as the lookup reads them, for the search page's answer to a Handbook reference. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHandbookLookup } from '../../../data/content.ts';
import { langFromParam, langPaths } from '../../../lib/urls.ts';

export const getStaticPaths = langPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(await getHandbookLookup(langFromParam(params.lang)));
