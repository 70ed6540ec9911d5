import { readFileSync, globSync } from 'node:fs';
import { expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';

it('has the same keys in English and French, none empty', () => {
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  for (const [key, value] of [...Object.entries(en), ...Object.entries(fr)]) expect(value.trim(), key).not.toBe('');
});

it('has no string that no template uses', () => {
  const code = globSync('src/**/*.{astro,ts}', { exclude: ['src/i18n/**'] })
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  // Keys built from values (`kind.${kind}`, `transition.status.${status}`) are used through their prefix.
  const prefixes = new Set([...code.matchAll(/`([a-z]+(?:\.[a-z]+)*)\.\$\{/g)].map((m) => `${m[1]}.`));
  const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && ![...prefixes].some((p) => key.startsWith(p)));
  expect(unused).toEqual([]);
});
