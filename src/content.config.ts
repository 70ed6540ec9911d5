import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { contentKinds, contentRoot, entryId, type ContentKind } from './lib/content-kinds.ts';
import { publicOnly } from './lib/public-loader.ts';

/**
 * The glob loader of a content kind, over its folder in the content root, storing
 * public records only (lib/public-loader.ts). The store keeps no MDX bodies: pages
 * render a text from its MDX module, and read the rest from the file (lib/readings.ts).
 */
function loader(kind: ContentKind): Loader {
  const { folder, pattern } = contentKinds[kind];
  return publicOnly(glob({ base: join(contentRoot(), folder), pattern, generateId: ({ entry }) => entryId(entry), retainBody: false }));
}

/**
 * A policy text as stored: its classification only, once its whole frontmatter has
 * passed the schema. Pages read the rest from the file (lib/readings.ts), so that an
 * edit to a text's frontmatter, like one to its body, leaves the store as it was: the
 * dev server rewrites and reloads the whole store (seconds, at a thousand policies)
 * only when a text is added, removed or reclassified.
 */
const storedPolicy = contentKinds.policies.schema.transform(({ classification }) => ({ classification }));

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
  policies: defineCollection({ loader: loader('policies'), schema: storedPolicy }),
};
