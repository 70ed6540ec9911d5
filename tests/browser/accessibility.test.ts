/** axe-core on every page kind in both languages: no serious or critical violation. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const session = useBrowser();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

// The French policy URL is the page kind "document without a translation".
const pages = [
  ['home', '/'],
  ['policy list', '/policies/'],
  ['policy', '/policies/framework-for-accountability/'],
  ['glossary', '/glossary/'],
  ['manual', '/manual/'],
  ['version not in force', '/policies/framework-for-accountability/versions/2009/'],
  ['roles and charts', '/roles/'],
  ['role', '/roles/designated-official/'],
  ['history', '/history/'],
  ['session', '/history/2010-06-vienna/'],
  ['decisions by topic', '/history/topics/security-policy-manual/'],
  ['decisions by year, second page', '/history/years/2016/2/'],
  ['transition matrix', '/transition/'],
  ['bridge, transitioned', '/transition/fsh-v-e/'],
  ['bridge, in progress', '/transition/fsh-iii/'],
  ['bridge, retained', '/transition/fsh-v-d/'],
  ['bridge, new in the SPM', '/transition/spm-role-of-dss/'],
  ['Handbook references', '/transition/references/'],
  ['SPM story', '/transition/story/'],
  ['comparison', '/policies/framework-for-accountability/compare/2008/2009/'],
  ['guide with matrices', '/policies/security-risk-management-guide/'],
  ['search with results', '/search/?q=Designated+Official'],
  ['translations dashboard', '/translations/'],
  ['side by side, text', '/translations/policies/framework-for-accountability/2009/'],
  ['side by side, text without French', '/translations/policies/framework-for-accountability/2008/'],
  ['side by side, annex entry', '/translations/roles/designated-official/2009/'],
  ['not found', '/no-such-page/'],
] as const;

it.each(pages.flatMap(([kind, path]) => [[`${kind} (en)`, path], [`${kind} (fr)`, `/fr${path}`]]))('%s has no serious or critical violation', async (_kind, path) => {
  const page = await session.browser.newPage();
  await page.goto(session.site.origin + path, { waitUntil: 'networkidle' });
  if (path.includes('?q=')) await page.locator('.search-status').filter({ hasText: /“|«/ }).waitFor();
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return violations;
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
  await page.close();
});
