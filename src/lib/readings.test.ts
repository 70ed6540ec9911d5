/** Texts read from their files, and the check's readings reused only for the very text the check read. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { policySchema } from '../schemas/policy.ts';
import { readYaml } from './check/content-file.ts';
import { checkContent } from './check/index.ts';
import { paragraphsOfBody } from './paragraphs.ts';
import { basisOf, bodyOf, frontmatterOf, paragraphsOf, shareReadings } from './readings.ts';

const dir = mkdtempSync(join(tmpdir(), 'spm-readings-'));
const FILE = join(dir, '2009.en.mdx');
const text = '---\ntitle: A policy\nnote: "--- not the end"\n---\n\n1. The first paragraph.\n\n2. The second.\n';

afterEach(() => {
  shareReadings([]);
  writeFileSync(FILE, text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bodyOf', () => {
  it('gives the text after the frontmatter, trimmed, as Astro does', () => {
    writeFileSync(FILE, text);
    expect(bodyOf(FILE)).toBe('1. The first paragraph.\n\n2. The second.');
  });

  it('is empty for a register entry, which has frontmatter only', () => {
    writeFileSync(FILE, '---\ntitle: A policy\n---\n');
    expect(bodyOf(FILE)).toBe('');
  });

  it('reads the file again once it has changed', () => {
    writeFileSync(FILE, text);
    expect(bodyOf(FILE)).toContain('The second.');
    writeFileSync(FILE, text.replace('The second.', 'The second, edited.'));
    expect(bodyOf(FILE)).toContain('The second, edited.');
  });
});

describe('frontmatterOf and basisOf', () => {
  const english = '---\npolicy: a-policy\nversion: "2009"\nlang: en\ntitle: A policy\nkind: policy\nstatus: in-force\nclassification: public\nsources:\n  - document: a-report\n    paragraph: "12"\nchangeNotes: [{ date: "2009-01-01", change: major, note: Published. }]\n---\n\n1. The first paragraph.\n';
  const french = (basis: string) =>
    `---\npolicy: a-policy\nversion: "2009"\nlang: fr\ntitle: Une politique\nclassification: public\ntranslation:\n  of: "2009"\n  translator: Team\n  state: draft\n${basis}changeNotes: [{ date: "2009-01-01", change: major, note: Publié. }]\n---\n\n1. Le premier paragraphe.\n`;

  it('gives the frontmatter as the schema does, defaults included', () => {
    writeFileSync(FILE, english);
    expect(frontmatterOf(FILE)).toMatchObject({ policy: 'a-policy', title: 'A policy', status: 'in-force', events: [], changeNotes: [{ date: '2009-01-01', change: 'major', note: 'Published.' }], namedAs: [] });
  });

  it('reads an edited frontmatter again', () => {
    writeFileSync(FILE, english);
    expect(frontmatterOf(FILE).title).toBe('A policy');
    writeFileSync(FILE, english.replace('title: A policy', 'title: An edited policy'));
    expect(frontmatterOf(FILE).title).toBe('An edited policy');
  });

  it('uses the YAML the check read from the same text, and reads an edited file again', () => {
    writeFileSync(FILE, english);
    shareReadings([{ path: FILE, text: english, yaml: { ...policySchema.parse(readYaml(extractFrontmatter(english)!).data), title: 'As the check read it' }, paragraphs: [] }]);
    expect(frontmatterOf(FILE).title).toBe('As the check read it');
    writeFileSync(FILE, english.replace('title: A policy', 'title: An edited policy'));
    expect(frontmatterOf(FILE).title).toBe('An edited policy');
  });

  it('stops with the file and the way to find the problem when the frontmatter breaks the schema', () => {
    writeFileSync(FILE, english.replace('status: in-force', 'status: in force'));
    expect(() => frontmatterOf(FILE)).toThrow(new RegExp(`^${FILE}: the frontmatter is not valid \\(.+\\); run \`npm run check\` to see what is wrong and where$`));
  });

  it('gives the English a translation was made from, by paragraph', () => {
    writeFileSync(FILE, french('  basis:\n    "1": "The first paragraph."\n    "2": "12"\n'));
    expect(basisOf(FILE)).toEqual({ '1': 'The first paragraph.', '2': '12' });
  });

  it('gives no basis for a translation that records none, nor for an English text', () => {
    writeFileSync(FILE, french(''));
    expect(basisOf(FILE)).toBeUndefined();
    writeFileSync(FILE, english);
    expect(basisOf(FILE)).toBeUndefined();
  });

  it('gets from the check the same frontmatter as reading each file, for all the content', () => {
    const texts = checkContent('content').loaded.filter((f) => f.body);
    expect(texts.some((f) => basisOf(f.path))).toBe(true);
    for (const { path, data } of texts) expect(frontmatterOf(path), path).toEqual(policySchema.parse(data));
  });
});

describe('paragraphsOf', () => {
  it('reads the body itself when the build has shared no reading', () => {
    writeFileSync(FILE, text);
    expect(paragraphsOf(FILE)).toEqual(paragraphsOfBody(bodyOf(FILE)));
  });

  it('uses the shared reading of the same text, without reading it again', () => {
    writeFileSync(FILE, text);
    const paragraphs = [{ number: '1', text: 'As the check read it.' }];
    shareReadings([{ path: FILE, text, yaml: undefined, paragraphs }]);
    expect(paragraphsOf(FILE)).toBe(paragraphs);
  });

  it('reads the body again when the file no longer holds the text the check read', () => {
    shareReadings([{ path: FILE, text, yaml: undefined, paragraphs: [{ number: '1', text: 'Stale.' }] }]);
    writeFileSync(FILE, text.replace('1. ', '1. Edited: '));
    expect(paragraphsOf(FILE)[0]).toEqual({ number: '1', text: 'Edited: The first paragraph.' });
  });

  it('gets from the check the same paragraphs as reading each policy body, for all the content', () => {
    const texts = checkContent('content').loaded.filter((f) => f.body);
    expect(texts.length).toBeGreaterThan(30);
    for (const { path, body: digest } of texts) {
      expect(digest!.paragraphs.map((p) => ({ number: String(p.number), text: p.text })), path).toEqual(paragraphsOfBody(bodyOf(path)));
    }
  });

  it('reads as the body what follows the closing `---` of the frontmatter, for all the content', () => {
    for (const { path, text: source } of checkContent('content').loaded.filter((f) => f.body)) {
      expect(bodyOf(path), path).toBe(source.slice(source.indexOf('\n---', 3) + 4).trim());
    }
  });
});
