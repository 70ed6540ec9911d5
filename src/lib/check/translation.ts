/**
 * French translations against the English they translate: every unit paired (an
 * error where one is missing: the side-by-side view and the French page would lose
 * text), and warnings (errors with --strict) for a unit whose English changed since
 * it was translated, an approved glossary term not used, a deprecated variant used,
 * and numbers or dates that differ.
 */
import { glossarySchema } from '../../schemas/glossary.ts';
import type { RoleVersion } from '../../schemas/role.ts';
import { formatQuantity } from '../translation/numbers.ts';
import { glossaryPairs, pairUnits, reviewUnits, type GlossaryPair, type UnitIssue } from '../translation/review.ts';
import { englishRoleUnits, frenchRoleUnits } from '../translation/role-units.ts';
import type { ContentFile } from './content-file.ts';
import type { Problem } from './problem.ts';

type Data = Record<string, unknown>;

function issueProblem(issue: UnitIssue, unit: string, english: string, glossary: Map<string, GlossaryPair>, fix: string): Pick<Problem, 'severity' | 'message'> {
  const term = (id: string) => glossary.get(id)!;
  switch (issue.kind) {
    case 'missing-french':
      return { severity: 'error', message: `${unit} of the English text (${english}) has no French counterpart; translate it` };
    case 'missing-english':
      return { severity: 'error', message: `${unit} has no English counterpart in ${english}; remove it or correct its number` };
    case 'outdated':
      return { severity: 'warning', message: `${unit} translates an older English text (${english} has changed since); update it, then run ${fix}` };
    case 'term-missing':
      return {
        severity: 'warning',
        message: `${unit} does not use the approved French term « ${term(issue.term).french} » for "${term(issue.term).english}" (content/glossary/${issue.term}.yaml); use it`,
      };
    case 'deprecated':
      return {
        severity: 'warning',
        message: `${unit} uses « ${issue.variant} », a deprecated variant of « ${term(issue.term).french} » (content/glossary/${issue.term}.yaml); use the approved term`,
      };
    case 'numbers': {
      const list = (qs: typeof issue.onlyEnglish, lang: 'en' | 'fr') => (qs.length ? qs.map((q) => formatQuantity(q, lang)).join(', ') : 'nothing');
      return {
        severity: 'warning',
        message: `${unit} has numbers or dates that differ from the English (only in English: ${list(issue.onlyEnglish, 'en')}; only in French: ${list(issue.onlyFrench, 'fr')}); make them the same`,
      };
    }
  }
}

function policyProblems(files: ContentFile[], glossary: GlossaryPair[], byId: Map<string, GlossaryPair>): Problem[] {
  const english = new Map(files.filter((f) => f.kind === 'policies' && (f.data as Data).lang === 'en' && f.body).map((f) => [`${(f.data as Data).policy}@${(f.data as Data).version}`, f]));
  const problems: Problem[] = [];
  for (const file of files) {
    const d = file.data as Data;
    if (file.kind !== 'policies' || d.lang !== 'fr' || !file.body || d.paragraphNumbering === false) continue;
    const translation = d.translation as Data;
    const source = english.get(`${d.policy}@${translation.of}`);
    if (!source?.body) continue;
    const french = file.body.paragraphs;
    if (french.length === 0) continue;
    const lineOf = new Map(french.map((p) => [String(p.number), p.line]));
    const units = pairUnits(
      source.body.paragraphs.map((p) => ({ key: String(p.number), text: p.text })),
      french.map((p) => ({ key: String(p.number), text: p.text })),
    );
    for (const review of reviewUnits(units, translation.basis as Record<string, string> | undefined, glossary))
      for (const issue of review.issues)
        problems.push({
          file: file.path,
          line: lineOf.get(review.key) ?? french.at(-1)!.line,
          ...issueProblem(issue, `paragraph ${review.key}`, source.path, byId, `npm run translation:done -- ${file.path}`),
        });
  }
  return problems;
}

const roleUnitName = (key: string, framework: string) => `${/^(heading|qualifier|footnote|lead-in)$/.test(key) ? `the ${key}` : `responsibility ${key}`} of the ${framework} version`;

function roleProblems(files: ContentFile[], glossary: GlossaryPair[], byId: Map<string, GlossaryPair>): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (file.kind !== 'roles') continue;
    ((file.data as Data).versions as RoleVersion[]).forEach((version, v) => {
      const french = frenchRoleUnits(version);
      if (!french) return;
      const field = new Map(french.map((u) => [u.key, u.field]));
      const units = pairUnits(englishRoleUnits(version), french);
      for (const review of reviewUnits(units, version.fr!.translation.basis, glossary))
        for (const issue of review.issues)
          problems.push({
            file: file.path,
            line: file.lineOf(['versions', v, ...(field.get(review.key) ?? ['fr', 'responsibilities'])]),
            ...issueProblem(issue, roleUnitName(review.key, version.framework), file.path, byId, `npm run translation:done -- ${file.path}`),
          });
    });
  }
  return problems;
}

export function translationProblems(files: ContentFile[]): Problem[] {
  const glossary = glossaryPairs(files.filter((f) => f.kind === 'glossary').map((f) => ({ id: f.id, data: glossarySchema.parse(f.data) })));
  const byId = new Map(glossary.map((g) => [g.id, g]));
  return [...policyProblems(files, glossary, byId), ...roleProblems(files, glossary, byId)];
}
