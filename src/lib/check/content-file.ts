/**
 * Reads the content folder the way the check needs it: every file of every
 * kind, its data, and a way back from a field to the line it is written on.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { contentKinds, entryId, type ContentKind } from '../content-kinds.ts';
import { readBody, type BodyDigest, type BodyReading } from './body.ts';
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
  /** What the check reads from an MDX body (see body.ts). */
  body?: BodyDigest;
  /** The file's text. */
  text: string;
}

interface YamlSource {
  doc: Document;
  counter: LineCounter;
}

// As Astro's loaders (js-yaml) read YAML: an unquoted 2009-08-04 becomes a Date, N stays a string.
function parseYaml(text: string): YamlSource {
  const counter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, customTags: ['timestamp'] }), counter };
}

function locate({ doc, counter }: YamlSource, path: FieldPath): number {
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
  return line;
}

/** A YAML text's data (undefined where it cannot be read) and its problems, lines counted from the text's first line. */
export interface YamlReading {
  data: unknown;
  errors: { line: number; message: string }[];
}

export function readYaml(text: string): YamlReading {
  const { doc } = parseYaml(text);
  const errors = doc.errors.map((e) => ({
    line: e.linePos?.[0].line ?? 1,
    message: `this is not valid YAML (${e.message.split('\n')[0]}); check indentation, colons and quotes`,
  }));
  return { data: errors.length ? undefined : doc.toJS(), errors };
}

/** How files are read: afresh, or from a cache of earlier readings (see read-cache.ts). */
export interface ContentReader {
  body(source: string, path: string): BodyReading;
  yaml(text: string): YamlReading;
}

const fresh: ContentReader = { body: readBody, yaml: readYaml };

/** Line of a field, the YAML parsed again only when a problem needs a line (most runs need none). */
function lineFinder(text: string, lineOffset: number): (path: FieldPath) => number {
  let source: YamlSource | undefined;
  return (path) => locate((source ??= parseYaml(text)), path) + lineOffset;
}

export interface LoadedContent {
  files: ContentFile[];
  problems: Problem[];
}

/** A file of the content folder: its kind, where it is, and its path as messages print it. */
export interface ContentPath {
  kind: ContentKind;
  relativePath: string;
  /** Relative to the working directory, as printed in messages. */
  path: string;
  /** Where to read it. */
  file: string;
  format: 'yaml' | 'mdx';
}

export function contentPaths(root: string): ContentPath[] {
  return (Object.entries(contentKinds) as [ContentKind, (typeof contentKinds)[ContentKind]][]).flatMap(([kind, spec]) => {
    const folder = join(root, spec.folder);
    return globSync(spec.pattern, { cwd: folder })
      .sort()
      .map((relativePath) => ({ kind, relativePath, path: relative(process.cwd(), join(folder, relativePath)) || relativePath, file: join(folder, relativePath), format: spec.format }));
  });
}

export function loadContent(root: string, reader: ContentReader = fresh): LoadedContent {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const { kind, relativePath, path, file, format } of contentPaths(root)) {
    const text = readFileSync(file, 'utf8');
    const base = { kind, id: entryId(relativePath), path, relativePath };
    if (format === 'yaml') {
      const { data, errors } = reader.yaml(text);
      problems.push(...errors.map((e) => ({ file: path, ...e, severity: 'error' as const })));
      files.push({ ...base, text, data, lineOf: lineFinder(text, 0) });
      continue;
    }
    const reading = reader.body(text, path);
    if ('unreadable' in reading) {
      problems.push({ file: path, ...reading.unreadable, severity: 'error' });
      files.push({ ...base, text, data: undefined, lineOf: () => 1 });
      continue;
    }
    const { digest } = reading;
    const { data, errors } = reader.yaml(digest.front.yaml);
    problems.push(...errors.map((e) => ({ file: path, ...e, line: e.line + digest.front.offset, severity: 'error' as const })));
    files.push({ ...base, text, data, lineOf: lineFinder(digest.front.yaml, digest.front.offset), body: digest });
  }
  return { files, problems };
}
