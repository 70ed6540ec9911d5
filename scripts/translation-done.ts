/**
 * npm run translation:done -- <file>…: records that a French translation is up to date
 * with the English it translates, by writing the English of every unit into
 * `translation.basis`. A file is a French policy text (.fr.mdx: every numbered
 * paragraph) or a role record (.yaml: every version's French annex entry). Run it
 * after reviewing the outdated units that `npm run check` reports. Comments are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { basisOf } from '../src/lib/freshness.ts';
import { paragraphsOfBody } from '../src/lib/paragraphs.ts';
import { englishRoleUnits } from '../src/lib/translation/role-units.ts';
import type { RoleVersion } from '../src/schemas/role.ts';

function policyText(file: string): string {
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
  return `up to date with ${english} (${Object.keys(basis).length} paragraphs)`;
}

function roleRecord(file: string): string {
  const doc: Document = parseDocument(readFileSync(file, 'utf8'));
  const versions = (doc.toJS() as { versions?: RoleVersion[] }).versions ?? [];
  const done = versions.flatMap((version, i) => {
    if (!version.fr) return [];
    const basis = basisOf(englishRoleUnits(version).map((u) => ({ number: u.key, text: u.text })));
    doc.setIn(['versions', i, 'fr', 'translation', 'basis'], basis);
    return [`${version.framework} (${Object.keys(basis).length} units)`];
  });
  if (done.length === 0) throw new Error(`${file}:1: no version has a French entry (versions[].fr); translate one first`);
  writeFileSync(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  return `French of version ${done.join(', ')} up to date with its English`;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Name the French texts or role records to mark as up to date, e.g. npm run translation:done -- content/policies/iasmn-terms-of-reference/2009.fr.mdx content/roles/warden.yaml');
  process.exitCode = 1;
}
for (const file of files) console.log(`${file}: ${file.endsWith('.yaml') ? roleRecord(file) : policyText(file)}`);
