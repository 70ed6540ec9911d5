/**
 * The search page's script: reads ?q=, asks Pagefind's index of the page's
 * language, and fills the page's templates. Pagefind's own interface would add
 * 60 KB compressed to a page that must stay within 120 KB with its first
 * query (docs/architecture.md); its JavaScript API does the searching.
 */
import { lookup, type Citable } from '../lib/fsh-lookup.ts';
import { correctSpelling, fold, ranking, subjectWords } from '../lib/search.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { url: string; title: string; excerpt: string }[];
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: object): Promise<void>;
  filters(): Promise<unknown>;
  search(term: string, options: { filters: Filters }): Promise<{ results: { data(): Promise<PagefindResult> }[]; filters: Record<string, Record<string, number>> }>;
}
interface Labels {
  one: string;
  other: string;
  none: string;
  searching: string;
  failed: string;
  questionWords: string;
  /** What a part of the Handbook is called, for the answer to a Handbook reference. */
  handbookPart: string;
  /** Filter keys as indexed, with the name shown for each, in the order shown. */
  filters: [string, string][];
}

const PAGE = 5;
const root = document.querySelector<HTMLElement>('[data-search]')!;
const labels = JSON.parse(root.dataset.search!) as Labels;
const lang = document.documentElement.lang;
const questionWords = new Set(labels.questionWords.split(' ').map(fold));
// The first filter is the kind of page, which each result is labelled with.
const kindFilter = labels.filters[0]![0];
const plural = new Intl.PluralRules(lang);
const $ = <T extends Element = HTMLElement>(selector: string, within: ParentNode = root) => within.querySelector<T>(selector)!;
const template = (id: string) => (document.getElementById(id) as HTMLTemplateElement).content.firstElementChild!.cloneNode(true) as HTMLElement;
const input = document.querySelector<HTMLInputElement>('#search-query')!;
const status = $('.search-status');
const corrected = $('.search-corrected');
const filterPane = $<HTMLDetailsElement>('.search-filters');
const found = $('.search-found');
const list = $('.search-results');
const more = $<HTMLButtonElement>('[data-more]');

// The engine and the names to correct spelling against load once, when a query first needs them.
let engine: Promise<Pagefind> | undefined;
const pagefind = () =>
  (engine ??= (async () => {
    const bundle = '/pagefind/pagefind.js';
    const loaded = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    // In the page's thread: a worker would cost another 12 KB before the first result.
    await loaded.options({ ranking, noWorker: true });
    return loaded;
  })());
// Searches count results per filter value only once the filters are loaded (7 files, under 2 KB):
// at once beside the results on a wide screen, when the reader opens them on a phone.
let filtersLoaded: Promise<unknown> | undefined;
const loadFilters = () => (filtersLoaded ??= pagefind().then((engine) => engine.filters()));
const json = <T>(file: string, fallback: T) => fetch(new URL(file, location.href)).then((r) => (r.ok ? (r.json() as Promise<T>) : fallback));
let names: Promise<string[]> | undefined;
const siteNames = () => (names ??= json<string[]>('names.json', []));
// As /search/handbook.json gives them (data/content.ts getHandbookLookup): only parts of the Handbook, each with its part.
type HandbookPart = Citable & { href: string; part: boolean; data: { fsh: NonNullable<Citable['data']['fsh']> } };
let parts: Promise<HandbookPart[]> | undefined;

/**
 * A query that cites the Handbook ("FSH chapter V") is answered first by the
 * part it names, found by the site's Handbook lookup (lib/fsh-lookup.ts): a
 * reference is an address, which ranking by words does not resolve.
 */
const handbookPart = async (query: string) => lookup(await (parts ??= json<HandbookPart[]>('handbook.json', [])), query);

/** The part a query cites, where it cites one; the whole Handbook is a document of its own, which ranking finds. */
async function citedPart(query: string): Promise<HandbookPart | undefined> {
  if (!/\b(fsh|handbook)\b/i.test(query)) return undefined;
  const part = await handbookPart(query);
  return part?.part ? part : undefined;
}

const selected: Filters = {};
let shown: { data(): Promise<PagefindResult> }[] = [];
/** How many of `shown` are on the page. */
let offset = 0;
let answered: string | undefined;
let searchId = 0;
/** The query on the page, run again when the filters arrive. */
let current = { query: '', exact: false };

function say(text: string, query = '', count = 0): void {
  status.textContent = text.replace('{n}', count.toLocaleString(lang)).replace('{q}', query);
}

/** A result as the page lists it: its kind, its linked title, and its status where it has one. */
function resultItem(kind: string, href: string, title: string, status: string | undefined): HTMLElement {
  const item = template('search-result');
  $('.search-result-kind', item).textContent = kind;
  const link = $<HTMLAnchorElement>('a', item);
  link.href = href;
  link.textContent = title;
  const badge = $('.result-status', item);
  if (status) badge.textContent = status;
  else badge.remove();
  return item;
}

function renderResult(data: PagefindResult): HTMLElement {
  const item = resultItem(data.filters[kindFilter]?.join(', ') ?? '', data.url, data.meta.title ?? data.url, data.meta.status);
  // Pagefind escapes the page's text and marks the matched words.
  $('.search-result-excerpt', item).innerHTML = data.excerpt;
  const parts = $('.search-result-parts', item);
  for (const sub of data.sub_results.filter((s) => s.url.includes('#')).slice(0, 3)) {
    const part = template('search-part');
    const a = $<HTMLAnchorElement>('a', part);
    a.href = sub.url;
    a.textContent = sub.title;
    $('.search-part-excerpt', part).innerHTML = sub.excerpt;
    parts.append(part);
  }
  if (!parts.children.length) parts.remove();
  return item;
}

/** The Handbook part a query cites, listed first, with its reference for excerpt. */
function renderPart({ href, data: { fsh } }: HandbookPart): HTMLElement {
  const item = resultItem(labels.handbookPart, href, fsh.title, undefined);
  const reference = $('.search-result-excerpt', item);
  // The Handbook is cited in English on every page.
  reference.lang = 'en';
  reference.textContent = `Field Security Handbook (FSH), ${fsh.reference}`;
  $('.search-result-parts', item).remove();
  return item;
}

async function showMore(id: number): Promise<void> {
  const next = shown.slice(offset, offset + PAGE);
  offset += next.length;
  const found = await Promise.all(next.map((r) => r.data()));
  if (id !== searchId) return;
  // The answer to a Handbook reference is listed once, first.
  list.append(...found.filter((data) => data.url !== answered).map(renderResult));
  more.hidden = offset >= shown.length;
}

function renderFilters(counts: Record<string, Record<string, number>>, run: () => void): void {
  const groups = $('[data-filter-groups]');
  groups.replaceChildren();
  for (const [key, name] of labels.filters) {
    const values = Object.entries(counts[key] ?? {}).filter(([value, n]) => n > 0 || selected[key]?.any.includes(value));
    if (values.length < 2 && !selected[key]) continue;
    const group = template('search-filter');
    $('legend', group).textContent = name;
    for (const [value, n] of values) {
      const row = template('search-filter-value');
      const box = $<HTMLInputElement>('input', row);
      box.checked = selected[key]?.any.includes(value) ?? false;
      box.addEventListener('change', () => {
        const any = new Set(selected[key]?.any);
        if (box.checked) any.add(value);
        else any.delete(value);
        if (any.size) selected[key] = { any: [...any] };
        else delete selected[key];
        run();
      });
      $('span', row).textContent = value;
      $('.search-filter-count', row).textContent = `(${n.toLocaleString(lang)})`;
      $('ul', group).append(row);
    }
    groups.append(group);
  }
  // Until its filters are loaded, the pane shows only its summary, to open them.
  filterPane.hidden = filtersLoaded ? !groups.children.length : false;
}

async function search(query: string, exact: boolean): Promise<void> {
  const id = ++searchId;
  current = { query, exact };
  const filtersReady = filterPane.open ? loadFilters() : undefined;
  input.value = query;
  corrected.hidden = true;
  if (!query.trim()) {
    found.hidden = filterPane.hidden = true;
    return say('');
  }
  say(labels.searching);
  try {
    let term = subjectWords(query, lang, questionWords);
    const spelled = exact ? undefined : correctSpelling(term, lang, await siteNames());
    if (spelled) {
      term = spelled;
      $('[data-corrected]').textContent = spelled;
      const instead = $<HTMLAnchorElement>('[data-instead]');
      instead.textContent = query;
      instead.href = `?${new URLSearchParams({ q: query, exact: '1' })}`;
    }
    const engine = await pagefind();
    await filtersReady;
    const [{ results, filters }, part] = await Promise.all([engine.search(term, { filters: selected }), citedPart(query)]);
    if (id !== searchId) return;
    shown = results;
    offset = 0;
    answered = part?.href;
    list.replaceChildren(...(part ? [renderPart(part)] : []));
    await showMore(id);
    if (id !== searchId) return;
    // The count is announced once the results it counts are on the page.
    corrected.hidden = !spelled;
    found.hidden = !results.length;
    if (results.length) renderFilters(filters, () => void search(query, exact));
    else filterPane.hidden = true;
    say(results.length ? labels[plural.select(results.length) === 'one' ? 'one' : 'other'] : labels.none, spelled ?? query, results.length);
  } catch {
    say(labels.failed);
  }
}

/** The transition pages' lookup box sends its reference here: the part it names opens at once, as a link would. */
async function lookUpHandbook(query: string): Promise<boolean> {
  const part = await handbookPart(query);
  if (part) location.replace(part.href);
  else $('.search-handbook-none').hidden = false;
  return part !== undefined;
}

async function fromAddress(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  if (params.get('in') === 'handbook' && query.trim() && (await lookUpHandbook(query))) return;
  await search(query, params.has('exact'));
}

// Filters sit beside the results on a wide screen, open; on a phone they wait behind their summary.
filterPane.open = matchMedia('(min-width: 48rem)').matches;
filterPane.addEventListener('toggle', () => {
  if (filterPane.open && !filtersLoaded && current.query.trim()) void loadFilters().then(() => search(current.query, current.exact));
});
more.addEventListener('click', () => void showMore(searchId));
const clearFilters = () => {
  for (const key of Object.keys(selected)) delete selected[key];
};
$('[data-clear]').addEventListener('click', () => {
  clearFilters();
  void fromAddress();
});
// A new query starts without the last one's filters.
input.form!.addEventListener('submit', (event) => {
  event.preventDefault();
  clearFilters();
  $('.search-handbook-none').hidden = true;
  history.pushState(null, '', `?${new URLSearchParams({ q: input.value })}`);
  void fromAddress();
});
addEventListener('popstate', () => void fromAddress());
void fromAddress();
