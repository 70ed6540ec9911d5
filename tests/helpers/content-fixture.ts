/** A throw-away copy of the valid fixture tree (or of any content tree), to break one thing at a time. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const FIXTURE = 'tests/fixtures/content';

export interface ContentCopy {
  root: string;
  /** Path of a file of the copy as the check prints it (relative to the working directory). */
  path(file: string): string;
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
}

export function copyContent(from = FIXTURE): ContentCopy {
  const root = join(mkdtempSync(join(tmpdir(), 'spm-content-')), 'content');
  cpSync(from, root, { recursive: true });
  return {
    root,
    path: (file) => relative(process.cwd(), join(root, file)),
    edit(file, change) {
      const before = readFileSync(join(root, file), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
      writeFileSync(join(root, file), after);
    },
    write: (file, text) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    },
  };
}
