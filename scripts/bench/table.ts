/** Markdown tables and the marked block of docs/performance.md that the benchmark rewrites. */

const markers = (name: string) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;
export const [BLOCK_START, BLOCK_END] = markers('bench');

export type Align = 'left' | 'right';

/** A cell's text made safe for a table: pipes escaped, line breaks as spaces. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A GitHub-flavoured Markdown table; columns are left-aligned unless `align` says otherwise. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const width = headers.length;
  for (const row of rows) if (row.length !== width) throw new Error(`a row has ${row.length} cells, the header ${width}: ${row.join(' | ')}`);
  const rule = headers.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [headers, rule, ...rows].map((row, i) => `| ${(i === 1 ? row : row.map(cell)).join(' | ')} |`).join('\n');
}

/**
 * The document with its marked block replaced by `block` (markers kept), so that
 * the text written around the block survives a new run. A document without the
 * markers gets the block appended; an empty document becomes `intro` and the block.
 * `name` tells one script's block from another's ("bench", "bench-search").
 */
export function replaceBlock(document: string, block: string, intro = '', name = 'bench'): string {
  const [open, close] = markers(name);
  const marked = `${open}\n${block.trim()}\n${close}`;
  const start = document.indexOf(open);
  const end = document.indexOf(close);
  if (start !== -1 && end > start) return document.slice(0, start) + marked + document.slice(end + close.length);
  if (start !== -1 || end !== -1) throw new Error(`the document has only one of ${open} and ${close}, or they are in the wrong order; mend it by hand`);
  if (document.trim() === '') return `${intro.trim() ? `${intro.trim()}\n\n` : ''}${marked}\n`;
  return `${document.trimEnd()}\n\n${marked}\n`;
}
