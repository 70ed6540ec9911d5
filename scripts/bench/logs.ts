/** Reading a build's log: its lines with the time each arrived, and how long Pagefind took by them. */

export interface TimedLine {
  /** Milliseconds since the build started. */
  ms: number;
  stream: 'out' | 'err';
  text: string;
}

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
export const stripAnsi = (text: string): string => text.replace(ANSI, '');

/** Complete lines of a stream so far and the unfinished rest, given what was left over and a new chunk. */
export function splitLines(rest: string, chunk: string): { lines: string[]; rest: string } {
  const parts = (rest + chunk).split(/\r?\n/);
  return { lines: parts.slice(0, -1), rest: parts.at(-1)! };
}

const WAITING = /\[build\] Waiting for integration /;

/**
 * How long the step that ends with the first stdout line matching `marker` took:
 * from the stdout line before it to that line. Astro runs the `astro:build:done`
 * hooks one after another and the project's Pagefind integration logs one line
 * when it has written the index, so the line before it (the sitemap's) marks its start.
 */
export function stepMs(lines: readonly TimedLine[], marker: RegExp): number | undefined {
  // Astro prints "Waiting for integration …" while a slow hook runs: not the step's start.
  const out = lines.filter((l) => l.stream === 'out' && l.text.trim() !== '' && !WAITING.test(l.text));
  const at = out.findIndex((l) => marker.test(l.text));
  if (at < 1) return undefined;
  return out[at]!.ms - out[at - 1]!.ms;
}

/** Starlight logs its own Pagefind time: "Finished building search index in 812ms." or "in 2.31s.". */
export function starlightPagefindMs(lines: readonly TimedLine[]): number | undefined {
  for (const { text } of lines) {
    const match = /Finished building search index in ([\d.]+)(ms|s)\b/.exec(text);
    if (match) return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
  }
  return undefined;
}

/** The project's Pagefind integration (src/integrations/pagefind.ts) logs this when the index is written. */
export const SPM_PAGEFIND_LINE = /\[spm:pagefind\]/;
