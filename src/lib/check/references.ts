/**
 * Cross-references between records. Astro only logs a dangling `reference()`
 * and builds anyway, so the check resolves every id itself, and also refuses a
 * public record pointing at one that the public edition leaves out.
 */
import { contentKinds, type ContentKind } from '../content-kinds.ts';
import { groupByEach } from '../group.ts';
import { isPublic } from '../public.ts';
import type { ContentFile, FieldPath } from './content-file.ts';
import type { Problem } from './problem.ts';

export interface Reference {
  path: FieldPath;
  /** Line in an MDX body, for a reference written there rather than in the frontmatter. */
  line?: number;
  /** What the id must name: a record of a kind, or a policy (any of its texts). */
  target: ContentKind | 'policy';
  id: string;
}

type Data = Record<string, unknown>;
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);
const str = (value: unknown): value is string => typeof value === 'string';

/** Every `document` inside any `sources` list or single `source`, at any depth. */
function sourceReferences(value: unknown, path: FieldPath, out: Reference[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => sourceReferences(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources') list(child).forEach((s, i) => str(s.document) && out.push({ path: [...path, key, i, 'document'], target: 'documents', id: s.document }));
      else if (key === 'source' && str((child as Data | null)?.document)) out.push({ path: [...path, key, 'document'], target: 'documents', id: (child as Data).document as string });
      else sourceReferences(child, [...path, key], out);
    }
  }
}

export function referencesOf(file: ContentFile): Reference[] {
  const d = file.data as Data;
  const refs: Reference[] = [];
  sourceReferences(d, [], refs);
  const add = (path: FieldPath, target: Reference['target'], id: unknown) => str(id) && refs.push({ path, target, id });
  switch (file.kind) {
    case 'documents':
      add(['session'], 'sessions', d.session);
      break;
    case 'sessions':
      add(['report'], 'documents', d.report);
      list(d.decisions).forEach((dec, i) => {
        list(dec.policies).forEach((p, j) => add(['decisions', i, 'policies', j], 'policy', p));
        list(dec.roles).forEach((r, j) => add(['decisions', i, 'roles', j], 'roles', r));
        list(dec.topics).forEach((topic, j) => add(['decisions', i, 'topics', j], 'topics', topic));
        list(dec.followsUp).forEach((ref, j) => add(['decisions', i, 'followsUp', j, 'session'], 'sessions', ref.session));
      });
      break;
    case 'roles':
      add(['parent'], 'roles', d.parent);
      list(d.versions).forEach((v, i) =>
        list(v.relations).forEach((r, j) => {
          add(['versions', i, 'relations', j, 'role'], 'roles', r.role);
          add(['versions', i, 'relations', j, 'via'], 'roles', r.via);
        }),
      );
      break;
    case 'policies':
      list(d.events).forEach((e, i) => add(['events', i, 'session'], 'sessions', e.session));
      list(d.related).forEach((r, i) => add(['related', i, 'policy'], 'policy', r.policy));
      add(['term'], 'glossary', d.term);
      for (const { id, line } of file.body?.matrices ?? []) refs.push({ path: [], line, target: 'matrices', id });
      break;
    case 'transition':
      add(['fsh', 'parent'], 'transition', (d.fsh as Data | undefined)?.parent);
      list(d.replacedBy).forEach((r, i) => {
        add(['replacedBy', i, 'policy'], 'policy', r.policy);
        add(['replacedBy', i, 'chapter'], 'manual', r.chapter);
      });
      list(d.decisions).forEach((r, i) => add(['decisions', i, 'session'], 'sessions', r.session));
      ((d.roles as unknown[] | undefined) ?? []).forEach((r, i) => add(['roles', i], 'roles', r));
      break;
    case 'manual':
      list(d.sections).forEach((s, i) => {
        add(['sections', i, 'policy'], 'policy', s.policy);
        list(s.earlier).forEach((e, j) => add(['sections', i, 'earlier', j, 'policy'], 'policy', e.policy));
      });
      break;
  }
  return refs;
}

const label: Record<Reference['target'], string> = {
  documents: 'source document',
  sessions: 'IASMN session',
  glossary: 'glossary term',
  manual: 'manual chapter',
  roles: 'role',
  matrices: 'matrix',
  topics: 'topic',
  transition: 'transition row',
  policies: 'policy text',
  policy: 'policy',
};

function where(target: Reference['target'], id: string): string {
  if (target === 'policy') return `folder content/policies/${id}/`;
  const spec = contentKinds[target];
  return `file content/${spec.folder}/${id}.${spec.format === 'mdx' ? 'mdx' : 'yaml'}`;
}

/** The policy a text belongs to, from its folder: content/policies/<policy>/<version>.<lang>.mdx. */
export const policyOfPath = (relativePath: string) => relativePath.split('/')[0] ?? '';

/**
 * `all` are every file found (valid or not, so one broken file does not make
 * every reference to it dangle too); `valid` are the files whose references are checked.
 */
export function referenceProblems(all: ContentFile[], valid: ContentFile[]): Problem[] {
  const keyOf = (target: Reference['target'], id: string) => `${target}:${id}`;
  const known = groupByEach(all, (f) => [keyOf(f.kind, f.id), ...(f.kind === 'policies' ? [keyOf('policy', policyOfPath(f.relativePath))] : [])]);
  const problems: Problem[] = [];
  for (const file of valid) {
    for (const ref of referencesOf(file)) {
      const targets = known.get(keyOf(ref.target, ref.id));
      // Finding a line means reading the YAML again, so only for a reference that is wrong.
      const at = () => ({ file: file.path, line: ref.line ?? file.lineOf(ref.path), severity: 'error' as const });
      if (!targets) {
        problems.push({ ...at(), message: `"${ref.id}" is not a known ${label[ref.target]}: there is no ${where(ref.target, ref.id)}; correct the id or add the record` });
      } else if (isPublic(file.data) && !targets.some((t) => isPublic(t.data))) {
        const classification = (targets[0]?.data as Data | undefined)?.classification;
        // A target without a readable classification has its own error already.
        if (typeof classification !== 'string') continue;
        problems.push({ ...at(), message: `refers to ${label[ref.target]} "${ref.id}", which is ${classification} and so is left out of the public site; mark it public or remove the reference` });
      }
    }
  }
  return problems;
}
