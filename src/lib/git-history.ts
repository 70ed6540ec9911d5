/**
 * When and why each content file last changed, from git: one `git log` over the
 * content folder per build (not one per page). Without git history (an export
 * without .git) the site says "not recorded".
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

export interface Change {
  /** ISO date of the commit. */
  date: string;
  /** The commit message's first line: why it changed. */
  subject: string;
}

const SEPARATOR = '\u001f';

/** Parses `git log --format=%x1f%cs%x1f%s --name-only` output: newest commit first. */
export function parseGitLog(output: string): Map<string, Change> {
  const changes = new Map<string, Change>();
  let current: Change | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(SEPARATOR)) {
      const [, date = '', subject = ''] = line.split(SEPARATOR);
      current = { date, subject };
    } else if (line.trim() && current && !changes.has(line.trim())) changes.set(line.trim(), current);
  }
  return changes;
}

/** Last change of every file under `folder`, keyed by path relative to the repository root's working directory. */
export function lastChanges(folder: string): Map<string, Change> {
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const output = execFileSync('git', ['log', `--format=${SEPARATOR}%cs${SEPARATOR}%s`, '--name-only', '--', resolve(folder)], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    // git prints paths relative to the repository root; pages look them up relative to the working directory.
    const prefix = relative(root, process.cwd());
    const changes = new Map<string, Change>();
    for (const [path, change] of parseGitLog(output)) changes.set(prefix ? relative(prefix, path) : path, change);
    return changes;
  } catch {
    return new Map();
  }
}
