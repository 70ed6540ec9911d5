/** Rules that tie records together beyond plain ids. */
import { id } from '../../schemas/common.ts';
import { statusBackedBy, statusStatedBy, type EnglishPolicyFrontmatter } from '../../schemas/policy.ts';
import { FRAMEWORK_POLICY } from '../roles.ts';
import { transitionPages } from '../urls.ts';
import type { ContentFile } from './content-file.ts';
import type { Problem } from './problem.ts';

type Data = Record<string, unknown>;

/** English versions per policy, from the file names (so an invalid file still counts as present). */
function englishVersionsOf(files: ContentFile[]): Map<string, Set<string>> {
  const versions = new Map<string, Set<string>>();
  for (const f of files) {
    const match = f.kind === 'policies' ? /^([^/]+)\/(.+)\.en\.mdx$/.exec(f.relativePath) : null;
    if (match) versions.set(match[1]!, (versions.get(match[1]!) ?? new Set()).add(match[2]!));
  }
  return versions;
}

export function consistencyProblems(all: ContentFile[], valid: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const englishVersions = englishVersionsOf(all);
  const sessions = new Map(valid.filter((f) => f.kind === 'sessions').map((f) => [f.id, f.data as Data]));

  for (const file of all) {
    // The id is the file name (for policies, the folder name); it must be kebab-case like every id.
    const name = file.kind === 'policies' ? file.relativePath.split('/')[0]! : file.id;
    if (!id.safeParse(name).success)
      problems.push({ file: file.path, line: 1, severity: 'error', message: `"${name}" is not a valid id: rename the ${file.kind === 'policies' ? 'folder' : 'file'} in kebab-case, lower-case letters and digits joined by hyphens (e.g. "designated-official")` });
  }

  for (const file of valid) {
    const d = file.data as Data;
    const at = (path: PropertyKey[], message: string) => problems.push({ file: file.path, line: file.lineOf(path), message, severity: 'error' });
    if (file.kind === 'policies') {
      const expected = `${d.policy}/${d.version}.${d.lang}.mdx`;
      if (file.relativePath !== expected)
        at(['policy'], `the frontmatter (policy "${d.policy}", version "${d.version}", lang "${d.lang}") does not match the file's place; move the file to content/policies/${expected} or correct the frontmatter`);
      const translation = d.translation as Data | undefined;
      if (translation && !englishVersions.get(String(d.policy))?.has(String(translation.of)))
        at(['translation', 'of'], `translates version "${translation.of}" of "${d.policy}", but there is no English text of that version; name an existing English version`);
    }
    if (file.kind === 'policies' && d.lang === 'en') problems.push(...statusProblems(file, englishVersions));
    // An event at a session happened on the session's days, by the IASMN: the session record is the truth.
    if (file.kind === 'policies')
      (Array.isArray(d.events) ? (d.events as Data[]) : []).forEach((e, i) => {
        const session = e.session ? sessions.get(String(e.session)) : undefined;
        if (!session) return;
        if (e.date !== session.startDate || (e.endDate !== undefined && e.endDate !== session.endDate))
          at(['events', i, 'date'], `the session "${e.session}" ran from ${session.startDate} to ${session.endDate}; give the event those dates (date: "${session.startDate}", endDate: "${session.endDate}")`);
        if (e.body !== 'IASMN') at(['events', i, 'body'], `an event at the IASMN session "${e.session}" is the IASMN's; set body: IASMN or remove the session`);
      });
    if (file.kind === 'policies')
      (Array.isArray(d.related) ? (d.related as Data[]) : []).forEach((r, i) => {
        if (r.policy === d.policy) at(['related', i, 'policy'], `a document cannot be ${String(r.relation)} itself; name another policy`);
      });
    if (file.kind === 'roles') {
      const versions = Array.isArray(d.versions) ? (d.versions as Data[]) : [];
      versions.forEach((v, i) => {
        if (!englishVersions.get(FRAMEWORK_POLICY)?.has(String(v.framework)))
          at(['versions', i, 'framework'], `there is no English text of the Framework for Accountability version "${v.framework}" (content/policies/${FRAMEWORK_POLICY}/${v.framework}.en.mdx); name an existing version`);
      });
    }
  }
  return problems;
}

/**
 * A status must be backed by what the sources record: an endorsed or in-force
 * version has an event of a matching type, and a superseded one names the version
 * that replaced it, which exists.
 */
function statusProblems(file: ContentFile, englishVersions: Map<string, Set<string>>): Problem[] {
  const d = file.data as EnglishPolicyFrontmatter;
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push({ file: file.path, line: file.lineOf(path), message, severity: 'error' });
  const needed = statusBackedBy[d.status];
  const backing = needed ? d.events.filter((e) => e.type && needed.includes(e.type)) : [];
  if (needed && backing.length === 0)
    at(['status'], `status "${d.status}" needs an event that records it: give that event "type: ${needed[0]}" (or ${needed.slice(1).join(', ')}), with its source, or choose the status the sources support`);
  // "Stated" means an event of a type that says the status in so many words, not linked to this version by inference.
  // The check reads the file's own data, before the schema's default (stated) is applied.
  const stating = statusStatedBy[d.status];
  const stated = (d.statusBasis?.basis ?? 'stated') === 'stated';
  if (stating && stated && backing.length > 0 && !backing.some((e) => e.type && stating.includes(e.type) && !e.inferred))
    at(['status'], `no source states that this version is "${d.status}": its events only support it (${backing.map((e) => e.type).join(', ')}). Say how it is inferred with statusBasis: { basis: inferred, how: "…" }, or cite an event of type ${stating.join(', ')}`);
  if (d.status === 'superseded' && !d.supersededBy)
    at(['status'], 'a superseded version names what replaced it: add supersededBy: { version: "…" } (and policy: … if another policy replaced it)');
  if (d.supersededBy) {
    const target = d.supersededBy.policy ?? d.policy;
    if (d.status !== 'superseded') at(['supersededBy'], `names a successor but its status is "${d.status}"; set status: superseded or remove supersededBy`);
    if (!englishVersions.get(target)?.has(d.supersededBy.version))
      at(['supersededBy'], `there is no English text of version "${d.supersededBy.version}" of "${target}" (content/policies/${target}/${d.supersededBy.version}.en.mdx); name an existing version`);
  }
  return problems;
}

/**
 * Decisions are cited by session and paragraph, so a paragraph appears once per
 * session, and a decision followed up must exist.
 */
export function decisionProblems(files: ContentFile[]): Problem[] {
  const sessions = new Map(files.filter((f) => f.kind === 'sessions').map((f) => [f.id, f]));
  const paragraphsOf = (file: ContentFile) => (((file.data as Data).decisions as Data[] | undefined) ?? []).map((d) => String(d.paragraph));
  const problems: Problem[] = [];
  for (const file of sessions.values()) {
    const decisions = ((file.data as Data).decisions as Data[] | undefined) ?? [];
    const seen = new Set<string>();
    decisions.forEach((d, i) => {
      const at = (path: PropertyKey[], message: string) => problems.push({ file: file.path, line: file.lineOf(['decisions', i, ...path]), severity: 'error', message });
      if (seen.has(String(d.paragraph))) at(['paragraph'], `paragraph ${d.paragraph} has a decision already; record each paragraph once (put its sub-items under "items")`);
      const report = (file.data as Data).report;
      if (!((d.sources as Data[] | undefined) ?? []).some((s) => s.document === report && String(s.paragraph) === String(d.paragraph)))
        at(['sources'], `a decision cites its own paragraph: add { document: ${String(report)}, paragraph: "${d.paragraph}" } to its sources`);
      seen.add(String(d.paragraph));
      ((d.followsUp as Data[] | undefined) ?? []).forEach((ref, j) => {
        const target = sessions.get(String(ref.session));
        if (target && !paragraphsOf(target).includes(String(ref.paragraph)))
          at(['followsUp', j, 'paragraph'], `session "${ref.session}" has no decision at paragraph ${ref.paragraph}; name a recorded decision`);
        // A link stated by the decision's own words quotes them.
        if (ref.basis === 'stated' && !String(d.text).includes(String(ref.quote)))
          at(['followsUp', j, 'quote'], `the quote "${ref.quote}" is not in this decision's text; quote the words that refer to the earlier decision, or make the link basis: inferred with how: "…"`);
      });
    });
  }
  return problems;
}

/**
 * The transition matrix: a transitioned row names where the text went, a removed
 * row the decision that removed it; every decision named is recorded; an FSH part
 * appears once.
 */
export function transitionProblems(files: ContentFile[]): Problem[] {
  const decisions = new Set(
    files.filter((f) => f.kind === 'sessions').flatMap((f) => (((f.data as Data).decisions as Data[] | undefined) ?? []).map((d) => `${f.id}#${String(d.paragraph)}`)),
  );
  const parts = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files.filter((f) => f.kind === 'transition')) {
    const d = file.data as Data;
    const at = (path: PropertyKey[], message: string) => problems.push({ file: file.path, line: file.lineOf(path), severity: 'error', message });
    if ((transitionPages as readonly string[]).includes(file.id))
      problems.push({ file: file.path, line: 1, severity: 'error', message: `"${file.id}" is the name of a page of the matrix (/transition/${file.id}/); rename the file` });
    const replacedBy = (d.replacedBy as Data[] | undefined) ?? [];
    const named = (d.decisions as Data[] | undefined) ?? [];
    if (d.status === 'transitioned' && replacedBy.length === 0) at(['status'], 'a transitioned part names what replaced it: add replacedBy with the SPM policy (or Manual chapter)');
    if (d.status === 'removed' && named.length === 0) at(['status'], 'a removed part names the decision that removed it: add decisions with its session and paragraph');
    named.forEach((ref, i) => {
      if (!decisions.has(`${String(ref.session)}#${String(ref.paragraph)}`))
        at(['decisions', i, 'paragraph'], `session "${ref.session}" has no recorded decision at paragraph ${ref.paragraph}; name a decision of content/sessions/${ref.session}.yaml`);
    });
    const fsh = d.fsh as Data | undefined;
    if (fsh) {
      const key = `${String(fsh.reference)}|${String(fsh.title)}`.toLowerCase();
      const other = parts.get(key);
      if (other) at(['fsh', 'title'], `this FSH part is already a row (content/transition/${other}.yaml); keep one row per part`);
      else parts.set(key, file.id);
    }
  }
  return problems;
}

/**
 * A name in `namedAs` finds the responsibilities that name a policy, so it must
 * belong to one policy only, or a responsibility would count for both.
 */
export function sharedNames(files: ContentFile[]): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    const d = file.data as Data;
    if (file.kind !== 'policies' || d.lang !== 'en' || !Array.isArray(d.namedAs)) continue;
    (d.namedAs as string[]).forEach((name, i) => {
      const key = name.toLowerCase();
      const other = owner.get(key);
      if (other && other !== d.policy)
        problems.push({ file: file.path, line: file.lineOf(['namedAs', i]), severity: 'error', message: `the name "${name}" is already given to "${other}"; a name belongs to one policy, so remove it here or there` });
      else owner.set(key, String(d.policy));
    });
  }
  return problems;
}

/** "Supersedes" must not loop: following supersededBy from any version ends. */
export function supersessionCycles(files: ContentFile[]): Problem[] {
  const next = new Map<string, { to: string; file: ContentFile }>();
  for (const file of files) {
    const d = file.data as EnglishPolicyFrontmatter;
    if (file.kind !== 'policies' || d.lang !== 'en' || !d.supersededBy) continue;
    next.set(`${d.policy}@${d.version}`, { to: `${d.supersededBy.policy ?? d.policy}@${d.supersededBy.version}`, file });
  }
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const start of next.keys()) {
    const path: string[] = [];
    for (let node: string | undefined = start; node && next.has(node); node = next.get(node)?.to) {
      if (path.includes(node)) {
        const cycle = path.slice(path.indexOf(node));
        const key = [...cycle].sort().join();
        if (!reported.has(key)) {
          reported.add(key);
          const { file } = next.get(node)!;
          problems.push({ file: file.path, line: file.lineOf(['supersededBy']), severity: 'error', message: `versions supersede each other in a loop (${[...cycle, node].join(' → ')}); one of them must not name a successor` });
        }
        break;
      }
      path.push(node);
    }
  }
  return problems;
}
