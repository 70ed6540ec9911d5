/**
 * The loader wrapper behind every collection (content.config.ts).
 *
 * Fail closed: a record that is not marked public never enters the data store,
 * so no page, search record, JSON export or sitemap entry can be built from it.
 * The filter sits on the store itself so that it also holds when the dev
 * server reloads a changed file.
 *
 * An entry whose data is unchanged is not stored again. The store keeps no
 * bodies, so an edit to a text's body leaves its entry as it was; storing it
 * anyway (for its new digest) would make the dev server rewrite and reload the
 * whole store, seconds at a thousand policies, while the page only needs the
 * text's MDX module, which Vite reloads on its own.
 */
import { isDeepStrictEqual } from 'node:util';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { isPublic } from './public.ts';

/** The store as a loader sees it, writing only public entries whose data changed. */
export function publicStore(store: DataStore): DataStore {
  const set: DataStore['set'] = (entry) => {
    if (!isPublic(entry.data)) {
      store.delete(entry.id);
      return false;
    }
    const stored = store.get(entry.id);
    if (!stored || stored.filePath !== entry.filePath || !isDeepStrictEqual(stored.data, entry.data)) return store.set(entry);
    // As the glob loader does for an entry it skips: its MDX module stays importable after a restart.
    if (entry.deferredRender && entry.filePath) store.addModuleImport(entry.filePath);
    return false;
  };
  return { ...store, set };
}

export function publicOnly(inner: Loader): Loader {
  return { name: `public-${inner.name}`, load: (context: LoaderContext) => inner.load({ ...context, store: publicStore(context.store) }) };
}
