/** /search/names.json: the names the search page corrects misspellings against, in the page's language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchNames } from '../../../data/search-names.ts';
import { langFromParam, langPaths } from '../../../lib/urls.ts';

export const getStaticPaths = langPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(await getSearchNames(langFromParam(params.lang)));
