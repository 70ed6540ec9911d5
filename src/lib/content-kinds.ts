/**
 * The content kinds of the site: where each lives under the content folder and
 * which schema validates it. Astro's collections (src/content.config.ts) and
 * `npm run check` are both built from this table.
 */
import { documentSchema } from '../schemas/document.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { manualChapterSchema } from '../schemas/manual.ts';
import { matrixSchema } from '../schemas/matrix.ts';
import { policySchema } from '../schemas/policy.ts';
import { roleSchema } from '../schemas/role.ts';
import { sessionSchema } from '../schemas/session.ts';
import { topicSchema } from '../schemas/topic.ts';
import { transitionSchema } from '../schemas/transition.ts';

export const contentKinds = {
  documents: { folder: 'documents', pattern: '*.yaml', format: 'yaml', schema: documentSchema },
  sessions: { folder: 'sessions', pattern: '*.yaml', format: 'yaml', schema: sessionSchema },
  glossary: { folder: 'glossary', pattern: '*.yaml', format: 'yaml', schema: glossarySchema },
  manual: { folder: 'manual', pattern: '*.yaml', format: 'yaml', schema: manualChapterSchema },
  roles: { folder: 'roles', pattern: '*.yaml', format: 'yaml', schema: roleSchema },
  matrices: { folder: 'matrices', pattern: '*.yaml', format: 'yaml', schema: matrixSchema },
  topics: { folder: 'topics', pattern: '*.yaml', format: 'yaml', schema: topicSchema },
  transition: { folder: 'transition', pattern: '*.yaml', format: 'yaml', schema: transitionSchema },
  policies: { folder: 'policies', pattern: '*/*.mdx', format: 'mdx', schema: policySchema },
} as const;

export type ContentKind = keyof typeof contentKinds;

/**
 * The content folder. SPM_CONTENT_DIR points the whole site (build, check and
 * tests) at another tree, such as a test fixture or a generated corpus.
 */
export function contentRoot(): string {
  return process.env.SPM_CONTENT_DIR ?? 'content';
}

/** Entry id from a path relative to the kind's folder: "designated-official", "framework-for-accountability/2009.en". */
export function entryId(relativePath: string): string {
  return relativePath.replace(/\.(ya?ml|mdx)$/, '');
}
