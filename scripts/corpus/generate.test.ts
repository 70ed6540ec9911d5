/**
 * The synthetic corpus generator: the same arguments give the same files, the
 * sizes asked for, texts of the promised shape, translations up to date, and a
 * tree the check accepts without a single problem.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Link, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/lib/check/index.ts';
import { basisOf } from '../../src/lib/freshness.ts';
import { parseMdx } from '../../src/lib/markdown.ts';
import { paragraphsOfBody } from '../../src/lib/paragraphs.ts';
import { generateCorpus, type CorpusOptions, type GeneratedFile } from './generate.ts';
import { refusal, writeCorpus } from './output.ts';
import { LINKS, MAX_PARAGRAPHS, MIN_PARAGRAPHS, TABLES } from './policies.ts';

const OPTIONS: CorpusOptions = { policies: 20, decisions: 90, fsh: 25, seed: 3 };
const files = generateCorpus(OPTIONS);

const byPath = new Map(files.map((f) => [f.path, f]));
const under = (folder: string) => files.filter((f) => f.path.startsWith(`${folder}/`));
const texts = under('policies');
const english = texts.filter((f) => f.path.endsWith('.en.mdx'));
const french = texts.filter((f) => f.path.endsWith('.fr.mdx'));
const frontmatter = (f: GeneratedFile) => parseYaml(f.text.slice(4, f.text.indexOf('\n---\n'))) as Record<string, unknown>;
/** Parsing is the slow part (about 10 ms a text): each text's paragraphs are read once. */
const paragraphCache = new Map<string, { number: string; text: string }[]>();
const paragraphsOf = (f: GeneratedFile) => paragraphCache.get(f.path) ?? paragraphCache.set(f.path, paragraphsOfBody(f.text)).get(f.path)!;
const nodes = (tree: Root, type: Nodes['type']) => {
  const found: Nodes[] = [];
  visit(tree, (node) => {
    if (node.type === type) found.push(node);
  });
  return found;
};

describe('npm run corpus', () => {
  it('gives byte-identical output for the same arguments, and another corpus for another seed', () => {
    expect(generateCorpus(OPTIONS)).toEqual(files);
    expect(files.map((f) => f.path)).toEqual([...files.map((f) => f.path)].sort());
    const other = generateCorpus({ ...OPTIONS, seed: 4 });
    expect(other.map((f) => f.text)).not.toEqual(files.map((f) => f.text));
  });

  it('writes the sizes asked for', () => {
    const policies = new Set(texts.map((f) => f.path.split('/')[1]));
    expect(policies.size).toBe(OPTIONS.policies);
    // Every English version has its French translation, and every policy both.
    expect(french.map((f) => f.path.replace('.fr.', '.en.'))).toEqual(english.map((f) => f.path));
    for (const policy of policies) expect(english.some((f) => f.path.startsWith(`policies/${policy}/`))).toBe(true);
    // One policy in five has an older, superseded version.
    const versions = [...policies].map((p) => english.filter((f) => f.path.startsWith(`policies/${p}/`)).length);
    expect(versions.filter((n) => n === 2)).toHaveLength(OPTIONS.policies / 5);
    expect(versions.every((n) => n === 1 || n === 2)).toBe(true);
    const decisions = under('sessions').flatMap((f) => (parseYaml(f.text) as { decisions: unknown[] }).decisions);
    expect(decisions).toHaveLength(OPTIONS.decisions);
    expect(under('sessions')).toHaveLength(Math.ceil(OPTIONS.decisions / 40));
    expect(under('transition')).toHaveLength(OPTIONS.fsh);
    expect(under('roles')).toHaveLength(20);
    expect(under('glossary')).toHaveLength(100);
  });

  it('marks every record public and cites generated documents', () => {
    const documents = new Set(under('documents').map((f) => f.path.slice('documents/'.length, -'.yaml'.length)));
    for (const f of files.filter((f) => f.path.endsWith('.yaml') || f.path.endsWith('.mdx'))) {
      const data = f.path.endsWith('.mdx') ? frontmatter(f) : (parseYaml(f.text) as Record<string, unknown>);
      expect(data.classification, f.path).toBe('public');
      for (const [, id] of JSON.stringify(data).matchAll(/"document":"([^"]+)"/g)) expect(documents.has(id!), `${f.path}: ${id}`).toBe(true);
    }
  });

  it('writes texts of 25 to 40 numbered paragraphs, the same in English and French', () => {
    for (const f of texts) {
      const numbers = paragraphsOf(f).map((p) => Number(p.number));
      expect(numbers.length, f.path).toBeGreaterThanOrEqual(MIN_PARAGRAPHS);
      expect(numbers.length, f.path).toBeLessThanOrEqual(MAX_PARAGRAPHS);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    for (const f of french) {
      const en = paragraphsOf(byPath.get(f.path.replace('.fr.', '.en.'))!);
      expect(paragraphsOf(f).map((p) => p.number)).toEqual(en.map((p) => p.number));
    }
  });

  it('writes about 1,500 words a text, with part headings, two tables and five links to other policies', () => {
    const folders = new Set(texts.map((f) => f.path.split('/')[1]));
    for (const f of texts) {
      const tree = parseMdx(f.text);
      const body = f.text.slice(f.text.indexOf('\n---\n') + 5);
      const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      expect(words, f.path).toBeGreaterThan(1_100);
      expect(words, f.path).toBeLessThan(2_400);
      expect(nodes(tree, 'heading').length, f.path).toBeGreaterThanOrEqual(3);
      expect(nodes(tree, 'table'), f.path).toHaveLength(TABLES);
      const lang = f.path.endsWith('.fr.mdx') ? 'fr' : 'en';
      const links = (nodes(tree, 'link') as Link[]).map((l) => l.url);
      expect(links, f.path).toHaveLength(LINKS);
      expect(new Set(links).size).toBe(LINKS);
      const own = f.path.split('/')[1];
      for (const url of links) {
        const match = (lang === 'en' ? /^\/policies\/([a-z0-9-]+)\/$/ : /^\/fr\/policies\/([a-z0-9-]+)\/$/).exec(url);
        expect(match, url).not.toBeNull();
        expect(folders.has(match![1]!), url).toBe(true);
        expect(match![1]).not.toBe(own);
      }
    }
  });

  it('records in each French text the English paragraphs it translates, as translation:done would', () => {
    for (const f of french) {
      const translation = frontmatter(f).translation as { of: string; translator: string; basis: Record<string, string> };
      const source = byPath.get(f.path.replace(/[^/]+\.fr\.mdx$/, `${translation.of}.en.mdx`))!;
      expect(translation.translator).toBe('Corpus generator');
      expect(translation.basis, f.path).toEqual(basisOf(paragraphsOf(source)));
    }
    const states = new Set(french.map((f) => (frontmatter(f).translation as { state: string }).state));
    expect(states.size).toBeGreaterThan(1);
  });

  it('writes a tree the check accepts with no error and no warning', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'spm-corpus-')), 'content');
    writeCorpus(root, files, false);
    const result = checkContent(root);
    expect(result.problems).toEqual([]);
    expect(result.files).toBe(files.filter((f) => f.path !== 'README.md').length);
  }, 60_000);

  it('never writes into the project content folder, nor into a non-empty folder unless forced', () => {
    expect(refusal('content', true)).toMatch(/project's own content folder/);
    expect(refusal('content/policies', true)).toMatch(/project's own content folder/);
    expect(refusal('.', true)).toMatch(/holds the project's content folder/);
    const folder = mkdtempSync(join(tmpdir(), 'spm-corpus-'));
    expect(refusal(join(folder, 'new'), false)).toBeUndefined();
    writeFileSync(join(folder, 'notes.txt'), 'keep me');
    expect(refusal(folder, false)).toMatch(/not empty/);
    expect(refusal(folder, true)).toBeUndefined();
    const small = generateCorpus({ policies: 2, decisions: 1, fsh: 1, seed: 1 });
    writeCorpus(folder, small, true);
    writeCorpus(folder, small, true);
    expect(readdirSync(folder)).toContain('notes.txt');
    expect(readdirSync(join(folder, 'policies'))).toHaveLength(2);
  });
});
