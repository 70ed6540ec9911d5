/** The size of a built site: bytes (the sum of its files' sizes), file count, and its HTML pages by kind. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { classifyPage, type Lang, type PageKind } from './pages.ts';

export interface SitePage {
  file: string;
  bytes: number;
  lang: Lang;
  kind: PageKind;
}

export interface SiteStats {
  bytes: number;
  files: number;
  /** Of which the Pagefind index and interface (pagefind/). */
  pagefindBytes: number;
  pagefindFiles: number;
  pages: SitePage[];
}

/** Every file under `dir`, as paths relative to it with "/", and its size. */
function listFiles(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(dir, path).split(sep).join('/'), bytes: statSync(path).size };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function siteStats(outDir: string): SiteStats {
  const files = listFiles(outDir);
  const pagefind = files.filter((f) => f.file.startsWith('pagefind/'));
  return {
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    files: files.length,
    pagefindBytes: pagefind.reduce((n, f) => n + f.bytes, 0),
    pagefindFiles: pagefind.length,
    pages: files.filter((f) => f.file.endsWith('.html')).map((f) => ({ ...f, ...classifyPage(f.file) })),
  };
}
