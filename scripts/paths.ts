/** Folder checks the command-line scripts share before they write anything. */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The real path of a folder that may not exist yet: its nearest existing ancestor, resolved, plus the rest. */
export function realish(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, absolute));
}

/** Whether `inner` is `outer` or a folder inside it (both real paths). */
export const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
