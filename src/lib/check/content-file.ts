/**
 * Reads the content folder the way the check needs it: every file of every
 * kind, its data, and a way back from a field to the line it is written on.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { contentKinds, entryId, type ContentKind } from '../content-kinds.ts';
import { parseMdx } from '../markdown.ts';
import type { Problem } from './problem.ts';

export type FieldPath = readonly PropertyKey[];

export interface ContentFile {
  kind: ContentKind;
  id: string;
  /** Path relative to the working directory, as printed in messages. */
  path: string;
  /** Relative to the kind's folder ("framework-for-accountability/2009.en.mdx"). */
  relativePath: string;
  /** Undefined when the file could not be read (its problem is already reported). */
  data: unknown;
  /** Line of a field (its key where it has one); the nearest existing parent's line otherwise. */
  lineOf(path: FieldPath): number;
  /** MDX body: its source text (the whole file) and parsed tree. */
  mdx?: { source: string; tree: Root };
}

interface YamlSource {
  doc: Document;
  counter: LineCounter;
  /** Lines before the YAML text in its file (frontmatter starts after `---`). */
  lineOffset: number;
}

function locate({ doc, counter, lineOffset }: YamlSource, path: FieldPath): number {
  let node: unknown = doc.contents;
  let line = 1;
  const lineAt = (offset: number | undefined) => (offset === undefined ? line : counter.linePos(offset).line);
  if (isMap(node) || isSeq(node)) line = lineAt(node.range?.[0]);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      line = lineAt((pair.key as Node).range?.[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      line = lineAt(item.range?.[0]);
      node = item;
    } else break;
  }
  return line + lineOffset;
}

function readYaml(text: string, lineOffset: number): { source: YamlSource; data: unknown; errors: { line: number; message: string }[] } {
  const counter = new LineCounter();
  // As Astro's loaders (js-yaml) read YAML: an unquoted 2009-08-04 becomes a Date, N stays a string.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, customTags: ['timestamp'] });
  const errors = doc.errors.map((e) => ({
    line: (e.linePos?.[0].line ?? 1) + lineOffset,
    message: `this is not valid YAML (${e.message.split('\n')[0]}); check indentation, colons and quotes`,
  }));
  return { source: { doc, counter, lineOffset }, data: errors.length ? undefined : doc.toJS(), errors };
}

export interface LoadedContent {
  files: ContentFile[];
  problems: Problem[];
}

export function loadContent(root: string): LoadedContent {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const [kind, spec] of Object.entries(contentKinds) as [ContentKind, (typeof contentKinds)[ContentKind]][]) {
    const folder = join(root, spec.folder);
    for (const relativePath of globSync(spec.pattern, { cwd: folder }).sort()) {
      const path = relative(process.cwd(), join(folder, relativePath)) || relativePath;
      const text = readFileSync(join(folder, relativePath), 'utf8');
      const base = { kind, id: entryId(relativePath), path, relativePath };
      if (spec.format === 'yaml') {
        const { source, data, errors } = readYaml(text, 0);
        problems.push(...errors.map((e) => ({ file: path, ...e, severity: 'error' as const })));
        files.push({ ...base, data, lineOf: (p) => locate(source, p) });
        continue;
      }
      const unreadable = (line: number, message: string) => {
        problems.push({ file: path, line, severity: 'error', message });
        files.push({ ...base, data: undefined, lineOf: () => 1 });
      };
      let tree: Root;
      try {
        tree = parseMdx(text);
      } catch (error) {
        const e = error as { line?: number; reason?: string; message: string };
        unreadable(e.line ?? 1, `this MDX cannot be read (${e.reason ?? e.message}); check for an unclosed tag or a stray { or <`);
        continue;
      }
      const front = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
      if (!front) {
        unreadable(1, 'the file has no frontmatter; start it with a `---` block (see docs/authoring.md)');
        continue;
      }
      const { source, data, errors } = readYaml(front.value, front.position?.start.line ?? 1);
      problems.push(...errors.map((e) => ({ file: path, ...e, severity: 'error' as const })));
      files.push({ ...base, data, lineOf: (p) => locate(source, p), mdx: { source: text, tree } });
    }
  }
  return { files, problems };
}
