import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { contentKinds, contentRoot, entryId } from './lib/content-kinds.ts';
import { isPublic } from './lib/public.ts';

/**
 * Fail closed: a record that is not marked public never enters the data store,
 * so no page, search record, JSON export or sitemap entry can be built from it.
 * The filter sits on the store itself so that it also holds when the dev
 * server reloads a changed file.
 */
function publicOnly(inner: Loader): Loader {
  return {
    name: `public-${inner.name}`,
    load: (context: LoaderContext) => {
      const { store } = context;
      const set: typeof store.set = (entry) => {
        if (isPublic(entry.data)) return store.set(entry);
        store.delete(entry.id);
        return false;
      };
      return inner.load({ ...context, store: { ...store, set } });
    },
  };
}

const collection = (kind: keyof typeof contentKinds) => {
  const { folder, pattern, schema } = contentKinds[kind];
  return defineCollection({
    loader: publicOnly(
      glob({ base: join(contentRoot(), folder), pattern, generateId: ({ entry }) => entryId(entry) }),
    ),
    schema,
  });
};

export const collections = {
  documents: collection('documents'),
  sessions: collection('sessions'),
  glossary: collection('glossary'),
  manual: collection('manual'),
  roles: collection('roles'),
  policies: collection('policies'),
};
