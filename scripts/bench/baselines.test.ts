import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../corpus/generate.ts';
import { bareDoc, bareFiles, droppedComponents, policyTexts, starlightDoc, starlightFiles, stripComponents, textPath, type PolicyText } from './baselines.ts';

const files = generateCorpus({ policies: 12, decisions: 30, fsh: 4, seed: 2 });
const texts = policyTexts(files);

describe('policyTexts', () => {
  it('reads every policy text of a generated tree, in both languages', () => {
    const mdx = files.filter((f) => /^policies\/.+\.mdx$/.test(f.path));
    expect(texts).toHaveLength(mdx.length);
    expect(texts.filter((t) => t.lang === 'en')).toHaveLength(texts.filter((t) => t.lang === 'fr').length);
  });
  it('marks exactly one current version per policy and language', () => {
    for (const lang of ['en', 'fr'] as const) {
      const current = texts.filter((t) => t.lang === lang && t.current).map((t) => t.policy);
      expect(new Set(current).size).toBe(12);
      expect(current).toHaveLength(12);
    }
    expect(texts.some((t) => !t.current)).toBe(true);
  });
  it('takes the title from the frontmatter and the body after it', () => {
    const framework = texts.find((t) => t.policy === 'framework-for-accountability' && t.lang === 'fr' && t.current)!;
    expect(framework.title).toMatch(/^Cadre de responsabilité/);
    expect(framework.body).not.toMatch(/^---/);
    expect(framework.body).toMatch(/^\n?## I\./);
  });
});

describe('conversion', () => {
  const text: PolicyText = { policy: 'p', version: '2019', lang: 'fr', title: 'Politique : « test »', current: true, body: '\n1. Text.\n\n<Matrix id="risk" />\n\n2. More.\n' };
  it('drops components the baselines lack, and import lines', () => {
    expect(stripComponents('import X from "x";\n\n1. A.\n\n<Matrix id="m" />\n\n<Note kind="x">inside</Note>\n\n2. B.\n')).toEqual({
      body: '\n1. A.\n\n2. B.\n',
      removed: ['import X from "x";', '<Matrix id="m" />', '<Note kind="x">inside</Note>'],
    });
    expect(droppedComponents([text])).toEqual(new Map([['Matrix', 1]]));
  });
  it('puts texts at the project URLs: current at the policy, older under versions/, French under fr/', () => {
    expect(textPath(text)).toBe('fr/policies/p.mdx');
    expect(textPath({ ...text, lang: 'en', current: false })).toBe('policies/p/versions/2019.mdx');
  });
  it('keeps only the title (and for the bare site, the language) in the frontmatter', () => {
    expect(starlightDoc(text)).toBe('---\ntitle: "Politique : « test »"\n---\n\n\n1. Text.\n\n2. More.\n');
    expect(bareDoc(text)).toMatch(/^---\ntitle: "Politique : « test »"\nlang: fr\n---\n/);
  });
  it('writes a complete site of each kind', () => {
    const starlight = starlightFiles(texts).map((f) => f.path);
    expect(starlight).toEqual(expect.arrayContaining(['astro.config.mjs', 'src/content.config.ts', 'src/content/docs/index.mdx', 'src/content/docs/fr/index.mdx', 'src/content/docs/policies/framework-for-accountability.mdx']));
    expect(starlight).toHaveLength(texts.length + 4);
    const bare = bareFiles(texts).map((f) => f.path);
    expect(bare).toEqual(expect.arrayContaining(['src/pages/[...slug].astro', 'src/texts/fr/policies/framework-for-accountability.mdx']));
    expect(new Set(bare).size).toBe(bare.length);
  });
});
