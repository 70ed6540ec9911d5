/**
 * Runs the built site's Pagefind bundle in Node, so search results can be
 * asserted without a browser. One copy of the bundle per language: two
 * instances from one import share WASM state and crash.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface PagefindResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { url: string; title: string; excerpt: string }[];
  anchors: { element: string; id: string; text: string }[];
  language: string;
}
export interface Pagefind {
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let fetchPatched = false;
function patchFetch(): void {
  if (fetchPatched) return;
  fetchPatched = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.startsWith('file:') ? new Response(await readFile(fileURLToPath(url))) : realFetch(input, init);
  }) as typeof fetch;
}

export async function loadPagefind(lang: 'en' | 'fr', site = 'dist'): Promise<Pagefind> {
  patchFetch();
  const bundle = `${pathToFileURL(resolve(site, 'pagefind')).href}/`;
  const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js?lang=${lang}`);
  const g = globalThis as { document?: unknown };
  g.document = { querySelector: () => ({ getAttribute: () => lang }) };
  const instance = pagefind.createInstance({ basePath: bundle, baseUrl: '/' });
  delete g.document;
  return instance as Pagefind;
}

export async function searchData(pagefind: Pagefind, term: string, filters?: Record<string, unknown>): Promise<PagefindResultData[]> {
  const { results } = await pagefind.search(term, filters ? { filters } : {});
  return Promise.all(results.map((r) => r.data()));
}
