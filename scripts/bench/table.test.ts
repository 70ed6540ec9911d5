import { describe, expect, it } from 'vitest';
import { BLOCK_END, BLOCK_START, renderTable, replaceBlock } from './table.ts';

describe('renderTable', () => {
  it('renders a header, a rule with alignment, and rows', () => {
    expect(renderTable(['A', 'B'], [['x', '1']], ['left', 'right'])).toBe('| A | B |\n| --- | ---: |\n| x | 1 |');
  });
  it('escapes pipes and line breaks in cells', () => {
    expect(renderTable(['A'], [['a|b\nc']])).toBe('| A |\n| --- |\n| a\\|b c |');
  });
  it('refuses a row of the wrong width', () => {
    expect(() => renderTable(['A', 'B'], [['x']])).toThrow(/1 cells/);
  });
});

describe('replaceBlock', () => {
  const doc = `# Title\n\nBefore.\n\n${BLOCK_START}\nold numbers\n${BLOCK_END}\n\nAfter.\n`;
  it('replaces only what is between the markers', () => {
    expect(replaceBlock(doc, 'new numbers\n')).toBe(`# Title\n\nBefore.\n\n${BLOCK_START}\nnew numbers\n${BLOCK_END}\n\nAfter.\n`);
  });
  it('appends the block to a document without markers, and starts an empty one with the intro', () => {
    expect(replaceBlock('# Title\n\nText.\n', 'n')).toBe(`# Title\n\nText.\n\n${BLOCK_START}\nn\n${BLOCK_END}\n`);
    expect(replaceBlock('', 'n', '# Perf')).toBe(`# Perf\n\n${BLOCK_START}\nn\n${BLOCK_END}\n`);
  });
  it('keeps the blocks of different scripts apart', () => {
    const both = replaceBlock(replaceBlock('# T\n', 'timings'), 'search', '', 'bench-search');
    expect(replaceBlock(both, 'new search', '', 'bench-search')).toBe(`# T\n\n${BLOCK_START}\ntimings\n${BLOCK_END}\n\n<!-- bench-search:start -->\nnew search\n<!-- bench-search:end -->\n`);
  });
  it('refuses a document with one marker or markers in the wrong order', () => {
    expect(() => replaceBlock(`${BLOCK_START}\nx`, 'n')).toThrow(/only one/);
    expect(() => replaceBlock(`${BLOCK_END}\n${BLOCK_START}`, 'n')).toThrow(/wrong order/);
  });
});
