/**
 * The check on broken copies of a small valid tree: each case asserts the
 * file, the line and the words an editor will read.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, FIXTURE } from '../../../tests/helpers/content-fixture.ts';
import { checkContent, formatProblem } from './index.ts';

const POLICY = 'policies/framework-for-accountability/1.en.mdx';
const ROLE = 'roles/test-officer.yaml';
const SESSION = 'sessions/2001-01-testville.yaml';

function problemsAfter(file: string, change: (text: string) => string): string[] {
  const copy = copyContent();
  copy.edit(file, change);
  return checkContent(copy.root).problems.map((p) => formatProblem(p).replace(copy.path(file), file));
}

describe('npm run check', () => {
  it('accepts the valid fixture', () => {
    expect(checkContent(FIXTURE)).toMatchObject({ problems: [], files: 6, errors: 0 });
  });

  it('rejects an impossible date at its line', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('date: "2001-01-10"', 'date: "2025-02-30"'))).toEqual([
      `${POLICY}:14: "events.0.date" "2025-02-30" is not a real calendar date; write it as "YYYY-MM-DD" (e.g. "2009-08-04")`,
    ]);
  });

  it('rejects an unquoted date, which YAML would silently turn into a Date', () => {
    expect(problemsAfter(SESSION, (t) => t.replace('startDate: "2001-01-10"', 'startDate: 2001-01-10'))).toEqual([
      `${SESSION}:2: "startDate" must be a date in quotes, "YYYY-MM-DD" (e.g. "2009-08-04"); unquoted dates are not accepted`,
    ]);
  });

  it('reads YAML as Astro does: a bare N is a letter, not "no"', () => {
    expect(problemsAfter(ROLE, (t) => t.replace('annex:\n      letter: A', 'annex:\n      letter: N'))).toEqual([]);
  });

  it('rejects a reference to an unknown role', () => {
    expect(problemsAfter(SESSION, (t) => t.replace('roles: [test-officer]', 'roles: [nobody]'))).toEqual([
      `${SESSION}:15: "nobody" is not a known role: there is no file content/roles/nobody.yaml; correct the id or add the record`,
    ]);
  });

  it('rejects a reference to an unknown policy and an unknown source document', () => {
    expect(problemsAfter(SESSION, (t) => t.replace('policies: [framework-for-accountability]', 'policies: [no-such-policy]').replace('document: report-a\n    paragraph: "1"', 'document: report-z\n    paragraph: "1"'))).toEqual([
      `${SESSION}:7: "report-z" is not a known source document: there is no file content/documents/report-z.yaml; correct the id or add the record`,
      `${SESSION}:14: "no-such-policy" is not a known policy: there is no folder content/policies/no-such-policy/; correct the id or add the record`,
    ]);
  });

  it('rejects a duplicate paragraph number', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('3. The third', '2. The third'))).toEqual([
      `${POLICY}:36: paragraph 2 is numbered twice (also on line 29); give each paragraph its own number`,
    ]);
  });

  it('rejects a gap in the numbering', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('3. The third', '4. The third'))).toEqual([
      `${POLICY}:36: paragraph numbering jumps to 4: paragraph 3 is missing; number paragraphs 1, 2, 3, … without gaps`,
    ]);
  });

  it('rejects a record without a classification', () => {
    expect(problemsAfter(ROLE, (t) => t.replace('classification: public\n', ''))).toEqual([
      `${ROLE}:1: "classification" is missing; add it (must be one of public, internal or confidential; every record states it explicitly)`,
    ]);
  });

  it('rejects an unknown frontmatter key at its line', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('kind: policy\n', 'kind: policy\nowner: Policy Unit\n'))).toEqual([
      `${POLICY}:7: unknown field "owner"; remove it or correct its spelling (see docs/authoring.md for the fields of each kind)`,
    ]);
  });

  it('rejects an unknown key deep in a YAML record', () => {
    expect(problemsAfter(ROLE, (t) => t.replace('text: Tests things;', 'text: Tests things;\n        note: x'))).toEqual([
      `${ROLE}:19: unknown field "note" in "versions.0.responsibilities.0"; remove it or correct its spelling (see docs/authoring.md for the fields of each kind)`,
    ]);
  });

  it('rejects a <script> in MDX', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('3. The third paragraph.', '3. The third paragraph.\n\n<script>alert(1)</script>'))).toEqual([
      `${POLICY}:38: <script> is not allowed in content; policies are text, and pages add their own behaviour`,
    ]);
  });

  it('rejects event handlers, javascript: URLs, expressions and foreign imports in MDX', () => {
    const problems = problemsAfter(POLICY, (t) =>
      t
        .replace('## I. First part', 'import X from "../../../../src/layouts/Base.astro";\n\n## I. First part')
        .replace('1. The first paragraph.', '1. The first <span onclick="steal()">paragraph</span> and [a link](javascript:alert(1)) and {1 + 1}.'),
    );
    expect(problems).toEqual([
      `${POLICY}:25: import from "../../../../src/layouts/Base.astro" is not allowed; MDX may import only the content components in src/components/content/`,
      `${POLICY}:29: <span> has an event handler "onclick"; content may not run scripts, so remove it`,
      `${POLICY}:29: JavaScript expressions in { } are not allowed in content; write plain text (type \\{ for a literal brace)`,
      `${POLICY}:29: javascript: URLs are not allowed; link to a page instead`,
    ]);
  });

  it('rejects a numbered line glued to the paragraph above', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('3. The third paragraph.', '3. The third paragraph.\n\nLoose text\n4. glued'))).toEqual([
      `${POLICY}:39: this line starts like a numbered paragraph but is joined to the text above; leave a blank line before it`,
    ]);
  });

  it('rejects a public record that points to a confidential one', () => {
    const copy = copyContent();
    copy.edit(ROLE, (t) => t.replace('classification: public', 'classification: confidential'));
    expect(checkContent(copy.root).problems.map(formatProblem)).toEqual([
      `${copy.path(SESSION)}:15: refers to role "test-officer", which is confidential and so is left out of the public site; mark it public or remove the reference`,
    ]);
  });

  it('rejects a policy file whose place does not match its frontmatter', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('version: "1"', 'version: "2"'))).toEqual([
      `${POLICY}:2: the frontmatter (policy "framework-for-accountability", version "2", lang "en") does not match the file's place; move the file to content/policies/framework-for-accountability/2.en.mdx or correct the frontmatter`,
    ]);
  });

  it('rejects a role version of the Framework that has no English text', () => {
    expect(problemsAfter(ROLE, (t) => t.replace('framework: "1"', 'framework: "2099"'))).toEqual([
      `${ROLE}:8: there is no English text of the Framework for Accountability version "2099" (content/policies/framework-for-accountability/2099.en.mdx); name an existing version`,
    ]);
  });

  it('rejects a file name that is not a kebab-case id', () => {
    const copy = copyContent();
    copy.write('glossary/Test_Term.yaml', 'term: Test\nclassification: public\nsources:\n  - document: report-a\n    paragraph: "3"\n');
    expect(checkContent(copy.root).problems.map(formatProblem)).toEqual([
      `${copy.path('glossary/Test_Term.yaml')}:1: "Test_Term" is not a valid id: rename the file in kebab-case, lower-case letters and digits joined by hyphens (e.g. "designated-official")`,
    ]);
  });

  it('refuses a status the recorded events do not back', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('status: draft', 'status: endorsed'))).toEqual([
      `${POLICY}:7: status "endorsed" needs an event that records it: give that event "type: endorsed" (or approved, agreed, supported), with its source, or choose the status the sources support`,
    ]);
  });

  it('refuses a status said to be stated when its events only support it', () => {
    const supported = (t: string) => t.replace('status: draft', 'status: endorsed').replace('    action: Endorsed the test framework', '    type: supported\n    action: Supported the test framework');
    expect(problemsAfter(POLICY, supported)).toEqual([
      `${POLICY}:7: no source states that this version is "endorsed": its events only support it (supported). Say how it is inferred with statusBasis: { basis: inferred, how: "…" }, or cite an event of type endorsed, approved`,
    ]);
    expect(problemsAfter(POLICY, (t) => supported(t).replace('status: endorsed', 'status: endorsed\nstatusBasis:\n  basis: inferred\n  how: Support read as endorsement.'))).toEqual([]);
    expect(problemsAfter(POLICY, (t) => supported(t).replace('type: supported', 'type: endorsed'))).toEqual([]);
  });

  it('refuses a superseded version that does not name its successor, or names a missing one', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('status: draft', 'status: superseded'))).toEqual([
      `${POLICY}:7: a superseded version names what replaced it: add supersededBy: { version: "…" } (and policy: … if another policy replaced it)`,
    ]);
    expect(problemsAfter(POLICY, (t) => t.replace('status: draft', 'status: superseded\nsupersededBy:\n  version: "9"'))).toEqual([
      `${POLICY}:8: there is no English text of version "9" of "framework-for-accountability" (content/policies/framework-for-accountability/9.en.mdx); name an existing version`,
    ]);
  });

  it('refuses versions that supersede each other in a loop', () => {
    const copy = copyContent();
    const fixture = copy.path(POLICY);
    copy.edit(POLICY, (t) => t.replace('status: draft', 'status: superseded\nsupersededBy:\n  version: "2"'));
    copy.write('policies/framework-for-accountability/2.en.mdx', readFileSync(join(copy.root, POLICY), 'utf8').replace('version: "1"\nlang', 'version: "2"\nlang').replace('  version: "2"', '  version: "1"'));
    const problems = checkContent(copy.root).problems.map(formatProblem);
    expect(problems.filter((p) => p.includes('loop'))).toEqual([
      `${fixture}:8: versions supersede each other in a loop (framework-for-accountability@1 → framework-for-accountability@2 → framework-for-accountability@1); one of them must not name a successor`,
    ]);
  });

  it('rejects a relation to an unknown policy, and a document related to itself', () => {
    const related = (policy: string) => `annexTitle: Test annex\nrelated:\n  - relation: annex-of\n    policy: ${policy}\n    sources:\n      - document: report-a\n        paragraph: "1"`;
    expect(problemsAfter(POLICY, (t) => t.replace('annexTitle: Test annex', related('no-such-policy')))).toEqual([
      `${POLICY}:12: "no-such-policy" is not a known policy: there is no folder content/policies/no-such-policy/; correct the id or add the record`,
    ]);
    expect(problemsAfter(POLICY, (t) => t.replace('annexTitle: Test annex', related('framework-for-accountability')))).toEqual([
      `${POLICY}:12: a document cannot be annex-of itself; name another policy`,
    ]);
  });

  it('resolves the glossary term that names a policy, and rejects an unknown one', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('lang: en\n', 'lang: en\nterm: tst\n'))).toEqual([]);
    expect(problemsAfter(POLICY, (t) => t.replace('lang: en\n', 'lang: en\nterm: nothing\n'))).toEqual([
      `${POLICY}:5: "nothing" is not a known glossary term: there is no file content/glossary/nothing.yaml; correct the id or add the record`,
    ]);
  });

  it('refuses a name that two policies claim', () => {
    const copy = copyContent();
    copy.edit(POLICY, (t) => t.replace('annexTitle: Test annex', 'annexTitle: Test annex\nnamedAs: [TF, test framework]'));
    copy.write('policies/other-policy/1.en.mdx', readFileSync(join(copy.root, POLICY), 'utf8').replace('policy: framework-for-accountability', 'policy: other-policy').replace('[TF, test framework]', '[Test Framework]'));
    const other = 'policies/other-policy/1.en.mdx';
    const problems = checkContent(copy.root).problems.map((p) => formatProblem(p).replace(copy.path(other), other));
    expect(problems.filter((p) => p.includes('name'))).toEqual([
      `${other}:10: the name "Test Framework" is already given to "framework-for-accountability"; a name belongs to one policy, so remove it here or there`,
    ]);
  });

  it('refuses a decision that does not cite its own paragraph, and one recorded twice', () => {
    expect(problemsAfter(SESSION, (t) => t.replace('      - document: report-a\n        paragraph: "2"', '      - document: report-a\n        paragraph: "3"'))).toEqual([
      `${SESSION}:16: a decision cites its own paragraph: add { document: report-a, paragraph: "2" } to its sources`,
    ]);
    const twice = (t: string) => `${t}${t.slice(t.indexOf('  - paragraph: "2"'))}`;
    expect(problemsAfter(SESSION, twice)).toContainEqual(expect.stringMatching(/:\d+: paragraph 2 has a decision already; record each paragraph once/));
  });

  it('refuses an event whose dates or body disagree with its session', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('endDate: "2001-01-12"', 'endDate: "2001-01-13"').replace('    body: IASMN\n', '    body: HLCM\n'))).toEqual([
      `${POLICY}:14: the session "2001-01-testville" ran from 2001-01-10 to 2001-01-12; give the event those dates (date: "2001-01-10", endDate: "2001-01-12")`,
      `${POLICY}:16: an event at the IASMN session "2001-01-testville" is the IASMN's; set body: IASMN or remove the session`,
    ]);
  });

  it('refuses a single source that names a document the content does not hold', () => {
    expect(problemsAfter(SESSION, (t) => t.replace('classification: public\n', 'venue:\n  text: Testville\n  source:\n    document: no-such-report\n    paragraph: "1"\nclassification: public\n'))).toEqual([
      expect.stringMatching(new RegExp(`^${SESSION}:8: .*no-such-report`)),
    ]);
  });

  it('refuses a follow-up of a decision that is not recorded', () => {
    expect(problemsAfter(SESSION, (t) => t.replace('    roles: [test-officer]\n', '    roles: [test-officer]\n    followsUp:\n      - session: 2001-01-testville\n        paragraph: "9"\n        basis: inferred\n        how: Same subject.\n'))).toEqual([
      `${SESSION}:18: session "2001-01-testville" has no decision at paragraph 9; name a recorded decision`,
    ]);
  });

  it('refuses a follow-up stated by words the decision does not contain, and one that says neither stated nor inferred', () => {
    const followUp = (basis: string) => (t: string) => t.replace('    roles: [test-officer]\n', `    roles: [test-officer]\n    followsUp:\n      - session: 2001-01-testville\n        paragraph: "2"\n${basis}`);
    expect(problemsAfter(SESSION, followUp('        basis: stated\n        quote: the meeting endorsed\n'))).toEqual([
      `${SESSION}:20: the quote "the meeting endorsed" is not in this decision's text; quote the words that refer to the earlier decision, or make the link basis: inferred with how: "…"`,
    ]);
    expect(problemsAfter(SESSION, followUp('        basis: stated\n        quote: The meeting endorsed\n'))).toEqual([]);
    expect(problemsAfter(SESSION, followUp('')).join('\n')).toMatch(/^.*:17: .*basis/);
  });

  it('holds transition rows to their status: a target, a removing decision, recorded decisions, one row per part', () => {
    const copy = copyContent();
    const row = (status: string, extra = '') => `fsh:\n  title: Security Phases\n  reference: Chapter V, Section E\nstatus: ${status}\n${extra}mapping:\n  basis: stated\n  quote: Test\n  source:\n    document: report-a\n    paragraph: "1"\nclassification: public\nsources:\n  - document: report-a\n    paragraph: "1"\n`;
    copy.write('transition/a.yaml', row('transitioned'));
    copy.write('transition/b.yaml', row('removed', 'decisions:\n  - session: 2001-01-testville\n    paragraph: "9"\n'));
    const problems = checkContent(copy.root).problems.map((p) => formatProblem(p).replace(copy.path('transition'), 'transition'));
    expect(problems).toEqual([
      'transition/a.yaml:4: a transitioned part names what replaced it: add replacedBy with the SPM policy (or Manual chapter)',
      'transition/b.yaml:2: this FSH part is already a row (content/transition/a.yaml); keep one row per part',
      'transition/b.yaml:7: session "2001-01-testville" has no recorded decision at paragraph 9; name a decision of content/sessions/2001-01-testville.yaml',
    ]);
  });

  it('rejects a matrix that does not exist', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('3. The third paragraph.', '3. The third paragraph.\n\n<Matrix id="no-such-matrix" />'))).toEqual([
      `${POLICY}:38: "no-such-matrix" is not a known matrix: there is no file content/matrices/no-such-matrix.yaml; correct the id or add the record`,
    ]);
  });

  it('does not number the lists of a text printed without numbered paragraphs', () => {
    expect(problemsAfter(POLICY, (t) => t.replace('classification: public', 'classification: public\nparagraphNumbering: false').replace('3. The third', '1. The third'))).toEqual([]);
  });

  it('reports invalid YAML with its line', () => {
    expect(problemsAfter(ROLE, (t) => t.replace('name: Test Officer', 'name: [Test Officer'))).toHaveLength(1);
    expect(problemsAfter(ROLE, (t) => t.replace('name: Test Officer', 'name: [Test Officer'))[0]).toMatch(new RegExp(`^${ROLE}:\\d+: this is not valid YAML`));
  });

  describe('a French text against its English', () => {
    const FR = 'policies/framework-for-accountability/1.fr.mdx';
    const french = (paragraphs = ['1. Le premier paragraphe.', '2. Le deuxième paragraphe, avec une liste :\n\n   - un ;\n   - deux.', '3. Le troisième paragraphe.']) =>
      `---\npolicy: framework-for-accountability\nversion: "1"\nlang: fr\ntitle: Cadre d’essai\nclassification: public\ntranslation:\n  of: "1"\n  translator: Équipe de test\n  state: draft\nchangeNotes: [{ date: "2001-01-20", change: major, note: "Publié sur ce site." }]\n---\n\n## I. Première partie\n\n${paragraphs.slice(0, 2).join('\n\n')}\n\n## II. Deuxième partie\n\n${paragraphs.slice(2).join('\n\n')}\n`;
    const markDone = (file: string) => {
      const run = spawnSync(process.execPath, ['scripts/translation-done.ts', file], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    };

    it('marks exactly the paragraph whose English changed as outdated, a warning unless --strict', () => {
      const copy = copyContent();
      copy.write(FR, french());
      markDone(join(copy.root, FR));
      expect(readFileSync(join(copy.root, FR), 'utf8')).toContain('basis:');
      expect(checkContent(copy.root).problems).toEqual([]);
      copy.edit(POLICY, (t) => t.replace('2. The second paragraph, with a list:', '2. The second paragraph, now with a longer list:'));
      const problems = checkContent(copy.root).problems;
      expect(problems.map((p) => formatProblem(p).replace(copy.path(FR), FR))).toEqual([
        `${FR}:22: warning: paragraph 2 translates an older English text (${copy.path(POLICY)} has changed since); update it, then run npm run translation:done -- ${copy.path(FR)}`,
      ]);
      expect(problems[0]!.severity).toBe('warning');
      const strict = spawnSync(process.execPath, ['scripts/check.ts', '--strict'], { encoding: 'utf8', env: { ...process.env, SPM_CONTENT_DIR: copy.root } });
      expect(strict.status).toBe(1);
      markDone(join(copy.root, FR));
      expect(checkContent(copy.root).problems).toEqual([]);
    });

    it('warns where a paragraph leaves out an approved term, uses a deprecated variant or changes a number', () => {
      const copy = copyContent();
      copy.edit('glossary/tst.yaml', (t) =>
        t.replace('acronym: TST\n', 'acronym: TST\nfr:\n  term: agent d’essai\n  proposal: false\n  source:\n    url: "https://example.org/"\n    title: Example\n  deprecated: ["officier d’essai"]\n'),
      );
      copy.edit(POLICY, (t) => t.replace('1. The first paragraph.', '1. The first paragraph names the Test Officers, 1,000 of them.'));
      copy.write(FR, french(['1. Le premier paragraphe nomme les officiers d’essai, 100 au total.', '2. Le deuxième paragraphe.', '3. Le troisième paragraphe, avec les agents d’essai.']));
      expect(checkContent(copy.root).problems.map((p) => formatProblem(p).replace(copy.path(FR), FR))).toEqual([
        `${FR}:16: warning: paragraph 1 does not use the approved French term « agent d’essai » for "Test Officer" (content/glossary/tst.yaml); use it`,
        `${FR}:16: warning: paragraph 1 has numbers or dates that differ from the English (only in English: 1000; only in French: 100); make them the same`,
        `${FR}:16: warning: paragraph 1 uses « officiers d’essai », a deprecated variant of « agent d’essai » (content/glossary/tst.yaml); use the approved term`,
      ]);
    });

    it('refuses a French text that leaves out a paragraph', () => {
      const copy = copyContent();
      copy.write(FR, french(['1. Le premier paragraphe.', '2. Le deuxième paragraphe.']));
      expect(checkContent(copy.root).problems.map((p) => formatProblem(p).replace(copy.path(FR), FR).replace(copy.path(POLICY), POLICY))).toEqual([
        `${FR}:18: paragraph 3 of the English text (${POLICY}) has no French counterpart; translate it`,
      ]);
    });
  });

  describe('a French annex entry against its English', () => {
    const french = `    fr:
      translation:
        translator: Équipe de test
        state: draft
      heading: Agents d’essai
      responsibilities:
        - marker: "1."
          text: Teste des choses ;
        - marker: "2."
          text: En rend compte.
`;
    const withFrench = (t: string) => t.replace('    sources:\n      - document: report-a\n        annex: A', `${french}    sources:\n      - document: report-a\n        annex: A`);

    it('refuses a French entry that leaves out a responsibility', () => {
      const copy = copyContent();
      copy.edit(ROLE, (t) => withFrench(t).replace('        - marker: "2."\n          text: En rend compte.\n', ''));
      expect(checkContent(copy.root).problems.map((p) => formatProblem(p).replaceAll(copy.path(ROLE), ROLE))).toEqual([
        `${ROLE}:26: responsibility 2 of the 1 version of the English text (${ROLE}) has no French counterpart; translate it`,
      ]);
    });

    it('marks exactly the responsibility whose English changed as outdated, until translation:done', () => {
      const copy = copyContent();
      copy.edit(ROLE, withFrench);
      const done = spawnSync(process.execPath, ['scripts/translation-done.ts', join(copy.root, ROLE)], { encoding: 'utf8' });
      expect(done.stdout).toContain('French of version 1 (3 units) up to date with its English');
      expect(checkContent(copy.root).problems).toEqual([]);
      copy.edit(ROLE, (t) => t.replace('text: Reports on them.', 'text: Reports on them every week.'));
      expect(checkContent(copy.root).problems.map((p) => formatProblem(p).replaceAll(copy.path(ROLE), ROLE))).toEqual([
        `${ROLE}:33: warning: responsibility 2 of the 1 version translates an older English text (${ROLE} has changed since); update it, then run npm run translation:done -- ${ROLE}`,
      ]);
    });
  });
});
