/**
 * Memory of a whole process tree, from Linux's /proc: the resident set (VmRSS) of
 * a process and of every descendant, summed. The sum counts a page shared by two
 * processes twice, as `ps` and `top` do; it is the usual measure of "peak memory of
 * a build" and the same for every site the benchmark builds.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcEntry {
  pid: number;
  ppid: number;
}

/** Pid and parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parseStat(text: string): ProcEntry | undefined {
  const open = text.indexOf(' (');
  const close = text.lastIndexOf(')');
  if (open === -1 || close < open) return undefined;
  const pid = Number(text.slice(0, open));
  const ppid = Number(text.slice(close + 2).split(' ')[1]);
  return Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid } : undefined;
}

/** VmRSS of /proc/<pid>/status in bytes; 0 for a process without one (a zombie, a kernel thread). */
export function parseVmRss(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The pids of /proc/<pid>/task/<tid>/children: space-separated. */
export const parseChildren = (text: string): number[] => text.split(/\s+/).filter(Boolean).map(Number).filter(Number.isInteger);

/** The root and all its descendants, from every process's parent. */
export function descendants(entries: readonly ProcEntry[], root: number): Set<number> {
  const children = Map.groupBy(entries, (e) => e.ppid);
  const tree = new Set<number>([root]);
  const queue = [root];
  while (queue.length) for (const { pid: child } of children.get(queue.pop()!) ?? []) if (!tree.has(child)) (tree.add(child), queue.push(child));
  return tree;
}

/** The summed resident set of the root's tree, given each process's parent and resident bytes. */
export function treeRss(entries: readonly (ProcEntry & { rss: number })[], root: number): number {
  const tree = descendants(entries, root);
  return entries.filter((e) => tree.has(e.pid)).reduce((sum, e) => sum + e.rss, 0);
}

// ---------------------------------------------------------------- reading /proc

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

/** The tree's pids by walking /proc/<pid>/task/<tid>/children from the root (a few reads a sample). */
function treeByChildren(root: number): number[] | undefined {
  const seen = new Set<number>();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const text = read(`/proc/${pid}/task/${tid}/children`);
      if (text === undefined && pid === root && tid === String(root)) return undefined; // no children files in this kernel
      queue.push(...parseChildren(text ?? ''));
    }
  }
  return [...seen];
}

/** The tree's pids by reading every process's parent (when the kernel has no children files). */
function treeByScan(root: number): number[] {
  const entries: ProcEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const entry = parseStat(read(`/proc/${name}/stat`) ?? '');
    if (entry) entries.push(entry);
  }
  return [...descendants(entries, root)];
}

/** The resident bytes of the process tree under `root` right now; 0 once it has ended. */
export function sampleTreeRss(root: number): number {
  const pids = treeByChildren(root) ?? treeByScan(root);
  return pids.reduce((sum, pid) => sum + parseVmRss(read(`/proc/${pid}/status`) ?? ''), 0);
}

/** Whether this system has /proc to sample (Linux). */
export const canSample = (): boolean => read('/proc/self/status') !== undefined;
