/**
 * npm run translation:done -- <French .mdx file>…: records that each French text is
 * up to date with the English it translates, by writing the English text of every
 * numbered paragraph into `translation.basis`. Run it after reviewing the outdated
 * paragraphs that `npm run check` reports. Comments in the frontmatter are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { basisOf } from '../src/lib/freshness.ts';
import { paragraphsOfBody } from '../src/lib/paragraphs.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Name the French texts to mark as up to date, e.g. npm run translation:done -- content/policies/iasmn-terms-of-reference/2009.fr.mdx');
  process.exitCode = 1;
}
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${file}:1: no frontmatter; a French text starts with --- and its translation record`);
  const frontmatter = parseDocument(match[1]!);
  const of = frontmatter.getIn(['translation', 'of']);
  if (frontmatter.get('lang') !== 'fr' || typeof of !== 'string') throw new Error(`${file}:1: not a French text with translation.of; name a .fr.mdx file`);
  const english = join(dirname(file), `${of}.en.mdx`);
  const basis = basisOf(paragraphsOfBody(readFileSync(english, 'utf8')));
  frontmatter.setIn(['translation', 'basis'], basis);
  writeFileSync(file, `---\n${frontmatter.toString({ lineWidth: 0 })}---\n${text.slice(match[0].length)}`);
  console.log(`${file}: up to date with ${english} (${Object.keys(basis).length} paragraphs)`);
}
