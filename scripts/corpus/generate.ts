/**
 * The whole corpus as a list of files, sorted by path: a pure function of the
 * options, so the same arguments always give byte-identical output.
 */
import type { GeneratedFile } from './files.ts';
import { glossaryFiles } from './glossary.ts';
import { manualFiles } from './manual.ts';
import { matrixFiles } from './matrices.ts';
import { makePlan, type CorpusOptions } from './plan.ts';
import { policiesFiles } from './policies.ts';
import { roleFiles } from './roles.ts';
import { sessionFiles } from './sessions.ts';
import { topicFiles } from './topics.ts';
import { transitionFiles } from './transition.ts';

export type { CorpusOptions } from './plan.ts';
export type { GeneratedFile } from './files.ts';

const README = `A synthetic content tree written by \`npm run corpus\`, to try the site at scale.
Every fact in it is a placeholder, not SPM content. Regenerate it rather than edit it.
`;

export function generateCorpus(options: CorpusOptions): GeneratedFile[] {
  for (const [name, value] of Object.entries(options))
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number of 0 or more (got ${value})`);
  if (options.policies < 1) throw new Error('policies must be at least 1: the roles need the Framework for Accountability');
  const plan = makePlan(options);
  const files = [
    ...sessionFiles(plan),
    ...policiesFiles(plan),
    ...roleFiles(plan),
    ...glossaryFiles(plan),
    ...topicFiles(plan),
    ...manualFiles(plan),
    ...matrixFiles(plan),
    ...transitionFiles(plan),
    { path: 'README.md', text: README },
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
