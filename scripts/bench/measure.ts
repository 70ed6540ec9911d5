/**
 * Runs one command as a child process and measures it: wall time, the peak resident
 * memory of its whole process tree (sampled from /proc every `intervalMs`), and
 * every line it prints with the time it arrived. The full log goes to `logFile`.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { splitLines, stripAnsi, type TimedLine } from './logs.ts';
import { sampleTreeRss } from './proc.ts';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  logFile?: string;
  intervalMs?: number;
  timeoutMs?: number;
}

export interface Measured {
  command: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  /** Bytes; 0 where /proc cannot be read. */
  peakRss: number;
  samples: number;
  lines: TimedLine[];
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const { cwd, env = process.env, logFile, intervalMs = 100, timeoutMs } = options;
  const log = logFile ? createWriteStream(logFile) : undefined;
  const lines: TimedLine[] = [];
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peakRss = 0;
  let samples = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    samples++;
    peakRss = Math.max(peakRss, sampleTreeRss(child.pid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  const killer = timeoutMs ? setTimeout(() => child.kill('SIGTERM'), timeoutMs) : undefined;

  for (const [stream, name] of [
    [child.stdout, 'out'],
    [child.stderr, 'err'],
  ] as const) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      log?.write(chunk);
      const split = splitLines(rest, chunk);
      rest = split.rest;
      for (const text of split.lines) lines.push({ ms, stream: name, text: stripAnsi(text) });
    });
    stream.on('end', () => {
      if (rest) lines.push({ ms: performance.now() - started, stream: name, text: stripAnsi(rest) });
    });
  }

  return new Promise((resolve, reject) => {
    let wallMs = 0;
    child.on('error', (error) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      reject(error);
    });
    child.on('exit', () => {
      wallMs = performance.now() - started;
      clearInterval(timer);
      if (killer) clearTimeout(killer);
    });
    child.on('close', (status, signal) => {
      log?.end();
      resolve({ command: [command, ...args].join(' '), status, signal, wallMs: wallMs || performance.now() - started, peakRss, samples, lines });
    });
  });
}

/** The last lines a failed run printed, for the error message. */
export const tail = (run: Measured, count = 30): string =>
  run.lines
    .slice(-count)
    .map((l) => l.text)
    .join('\n');
