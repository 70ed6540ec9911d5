import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { contentKinds, contentRoot, entryId, type ContentKind } from './lib/content-kinds.ts';
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

/** The glob loader of a content kind, over its folder in the content root. */
function loader(kind: ContentKind): Loader {
  const { folder, pattern } = contentKinds[kind];
  return publicOnly(glob({ base: join(contentRoot(), folder), pattern, generateId: ({ entry }) => entryId(entry) }));
}

// Written out per kind (not in a loop) so that Astro infers each collection's data type.
export const collections = {
  documents: defineCollection({ loader: loader('documents'), schema: contentKinds.documents.schema }),
  sessions: defineCollection({ loader: loader('sessions'), schema: contentKinds.sessions.schema }),
  topics: defineCollection({ loader: loader('topics'), schema: contentKinds.topics.schema }),
  transition: defineCollection({ loader: loader('transition'), schema: contentKinds.transition.schema }),
  glossary: defineCollection({ loader: loader('glossary'), schema: contentKinds.glossary.schema }),
  manual: defineCollection({ loader: loader('manual'), schema: contentKinds.manual.schema }),
  roles: defineCollection({ loader: loader('roles'), schema: contentKinds.roles.schema }),
  matrices: defineCollection({ loader: loader('matrices'), schema: contentKinds.matrices.schema }),
  policies: defineCollection({ loader: loader('policies'), schema: contentKinds.policies.schema }),
};
