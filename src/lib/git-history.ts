/**
 * When each content file last changed, from git: one `git log` over the
 * content folder per build (not one per page), and in the dev server one each time
 * git's HEAD moves (not one per request). Without git history (an export without
 * .git) the site says "not recorded". Why it changed is told to readers by the
 * change notes typed in the content, never by commit messages.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface Change {
  /** ISO date of the commit. */
  date: string;
}

const SEPARATOR = '\u001f';

/** Parses `git log --format=%x1f%cs --name-only` output: newest commit first. */
export function parseGitLog(output: string): Map<string, Change> {
  const changes = new Map<string, Change>();
  let current: Change | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(SEPARATOR)) {
      current = { date: line.slice(SEPARATOR.length) };
    } else if (line.trim() && current && !changes.has(line.trim())) changes.set(line.trim(), current);
  }
  return changes;
}

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/** Last change of every file under `folder`, keyed by path relative to the working directory `cwd`. */
export function lastChanges(folder: string, cwd = process.cwd()): Map<string, Change> {
  try {
    const root = git(['rev-parse', '--show-toplevel'], cwd).trim();
    const output = git(['log', `--format=${SEPARATOR}%cs`, '--name-only', '--', resolve(cwd, folder)], root);
    // git prints paths relative to the repository root; pages look them up relative to the working directory.
    const prefix = relative(root, cwd);
    const changes = new Map<string, Change>();
    for (const [path, change] of parseGitLog(output)) changes.set(prefix ? relative(prefix, path) : path, change);
    return changes;
  } catch {
    return new Map();
  }
}

/** HEAD's reflog, to which git adds a line whenever HEAD moves (commit, checkout, pull, reset); undefined where there is none. */
function headReflog(cwd: string): string | undefined {
  try {
    return join(git(['rev-parse', '--absolute-git-dir'], cwd).trim(), 'logs', 'HEAD');
  } catch {
    return undefined;
  }
}

/**
 * `lastChanges`, read again only once git's HEAD has moved. The dev server derives its
 * data on every request, and two git processes per page view cost more than the page;
 * editing a file does not change its last commit. Without a reflog, read on every call.
 */
export function lastChangesWhileHeadStays(folder: string, cwd = process.cwd()): () => Map<string, Change> {
  let reflog: { path: string | undefined } | undefined;
  let kept: { stamp: string; changes: Map<string, Change> } | undefined;
  return () => {
    reflog ??= { path: headReflog(cwd) };
    const stat = reflog.path === undefined ? undefined : statSync(reflog.path, { throwIfNoEntry: false });
    const stamp = stat && `${stat.mtimeMs}:${stat.size}`;
    if (stamp && kept?.stamp === stamp) return kept.changes;
    const changes = lastChanges(folder, cwd);
    kept = stamp ? { stamp, changes } : undefined;
    return changes;
  };
}
