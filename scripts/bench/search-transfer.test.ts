import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedSize, partOf } from './search-transfer.ts';

describe('the search transfer', () => {
  it('tells the page, its script and style, Pagefind’s engine, its index and its results apart', () => {
    expect(partOf('/search/')).toBe('page');
    expect(partOf('/_astro/global.css')).toBe('style');
    expect(partOf('/_astro/index.astro_astro_type_script_index_0_lang.js')).toBe('script');
    expect(partOf('/pagefind/pagefind.js')).toBe('engine');
    expect(partOf('/pagefind/wasm.en.pagefind')).toBe('engine');
    expect(partOf('/pagefind/pagefind-entry.json')).toBe('index');
    expect(partOf('/pagefind/pagefind.en_2a7a948137.pf_meta')).toBe('index');
    expect(partOf('/pagefind/index/en_2788c26.pf_index')).toBe('index');
    expect(partOf('/pagefind/filter/en_1be58e8.pf_filter')).toBe('index');
    expect(partOf('/pagefind/fragment/en_1.pf_fragment')).toBe('results');
    expect(partOf('/search/names.json')).toBe('other');
  });

  it('counts Pagefind’s files as they are, compressed already, and gzips the rest', () => {
    const text = Buffer.from('a'.repeat(1000));
    expect(compressedSize('/pagefind/index/en_1.pf_index', text)).toBe(1000);
    expect(compressedSize('/pagefind/wasm.en.pagefind', text)).toBe(1000);
    expect(compressedSize('/search/', text)).toBe(gzipSync(text).length);
  });
});
