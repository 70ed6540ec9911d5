/**
 * Readings of content files kept between runs of the check, so that after an edit
 * only the changed files are parsed again: MDX digests (keyed by path and text) and
 * YAML data (keyed by text). Each reading is one small file, so a run writes only
 * what changed. The cache is dropped when the code that reads files, the content
 * components or the installed packages change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBody } from './body.ts';
import { readYaml, type ContentReader } from './content-file.ts';
import { contentComponentNames } from './mdx.ts';

const sha = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** What a reading depends on besides the file: these modules, the parser's packages, the content components. */
function codeVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const modules = ['body.ts', 'mdx.ts', 'content-file.ts', '../paragraphs.ts', '../markdown.ts'].map((m) => readFileSync(join(here, m)));
  const lockfile = existsSync('package-lock.json') ? readFileSync('package-lock.json') : '';
  return sha(...modules, lockfile, [...contentComponentNames()].sort().join(',')).slice(0, 16);
}

/** YAML that a JSON copy would change (an unquoted date becomes a Date, which the schema must see). */
function jsonSafe(value: unknown): boolean {
  if (value instanceof Date) return false;
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (value && typeof value === 'object') return Object.values(value).every(jsonSafe);
  return true;
}

/** Where `npm run check` and the build's pre-flight keep their readings. */
export const readCacheFolder = (): string => process.env.SPM_CHECK_CACHE ?? 'node_modules/.cache/spm-check';

export interface ReadCache extends ContentReader {
  /** Where the readings are kept. */
  folder: string;
  /** Whether the reading of this MDX text is kept, so that reading it costs no parse. */
  hasBody(source: string, path: string): boolean;
  /** Removes readings no run of this version has used since the last prune; call after a run. */
  prune(): void;
}

export function readCache(folder: string): ReadCache {
  const version = codeVersion();
  const dir = join(folder, version);
  mkdirSync(dir, { recursive: true });
  // Readings of other versions can never be used again.
  for (const other of readdirSync(folder)) if (other !== version) rmSync(join(folder, other), { recursive: true, force: true });
  const used = new Set<string>();
  function cached<T>(key: string, read: () => T, keep: (value: T) => boolean = () => true): T {
    used.add(`${key}.json`);
    const file = join(dir, `${key}.json`);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch {
      const value = read();
      if (keep(value)) writeFileSync(file, JSON.stringify(value));
      return value;
    }
  }
  return {
    folder,
    body: (source, path) => cached(sha('body', path, source), () => readBody(source, path)),
    hasBody: (source, path) => existsSync(join(dir, `${sha('body', path, source)}.json`)),
    yaml: (text) => cached(sha('yaml', text), () => readYaml(text), (r) => jsonSafe(r.data)),
    prune() {
      for (const file of readdirSync(dir)) if (!used.has(file)) rmSync(join(dir, file), { force: true });
    },
  };
}
