/** Validates each file against its kind's Zod schema and words the issues for editors. */
import type { z } from 'astro/zod';
import { contentKinds } from '../content-kinds.ts';
import type { ContentFile, FieldPath } from './content-file.ts';
import type { Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;

function fieldName(path: FieldPath): string {
  return path.length ? `"${path.map(String).join('.')}"` : 'the record';
}

function has(data: unknown, path: FieldPath): boolean {
  let node = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/** A union reports one list of issues per branch; the closest branch has the fewest. */
function closestBranch(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] | undefined {
  return [...issue.errors].sort((a, b) => a.length - b.length)[0];
}

function describe(file: ContentFile, issue: Issue, prefix: FieldPath): Problem[] {
  const path = [...prefix, ...issue.path];
  const at = (p: FieldPath, message: string): Problem => ({ file: file.path, line: file.lineOf(p), message, severity: 'error' });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        at([...path, key], `unknown field "${key}"${path.length ? ` in ${fieldName(path)}` : ''}; remove it or correct its spelling (see docs/authoring.md for the fields of each kind)`),
      );
    case 'invalid_union': {
      const branch = closestBranch(issue);
      if (branch?.length) return branch.flatMap((inner) => describe(file, inner, path));
      break;
    }
  }
  if (issue.path.length && !has(file.data, path)) return [at(path.slice(0, -1), `${fieldName(path)} is missing; add it (${issue.message})`)];
  return [at(path, `${fieldName(path)} ${issue.message}`)];
}

export function schemaProblems(file: ContentFile): { problems: Problem[]; valid: boolean } {
  const result = contentKinds[file.kind].schema.safeParse(file.data);
  if (result.success) return { problems: [], valid: true };
  return { problems: result.error.issues.flatMap((issue) => describe(file, issue, [])), valid: false };
}
