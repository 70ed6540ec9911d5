/**
 * Policy texts: per version an English MDX file and its French translation, with
 * the same numbered paragraphs, headings, two tables, five links to other
 * policies and, now and then, bullets and a footnote (and in a guide, the risk matrix). The French text records the
 * English paragraphs it translates (`translation.basis`, through `basisOf` as
 * `npm run translation:done` does), so every translation is up to date.
 *
 * The plain text of each English paragraph is known here, as it is written, rather
 * than read back with `paragraphsOfBody`: parsing every text again would make the
 * generator several times slower (about 10 ms a text). generate.test.ts checks
 * that the two agree on every paragraph of a generated tree.
 */
import { basisOf } from '../../src/lib/freshness.ts';
import { policyUrl } from '../../src/lib/urls.ts';
import { statusStatedBy } from '../../src/schemas/policy.ts';
import { GENERATED, type GeneratedFile } from './files.ts';
import { MATRIX_ID } from './matrices.ts';
import { CHANGE_NOTE_DATE, type EventPlan, type Plan, type PolicyPlan, type VersionPlan } from './plan.ts';
import { rngFor, type Rng } from './random.ts';
import { capitalize, headingWords, listItems, prose, roman, tableCell, tableColumns, tableObject, tableSubject, type Lang } from './text.ts';
import { toYaml, type YamlMap } from './yaml.ts';

export const MIN_PARAGRAPHS = 25;
export const MAX_PARAGRAPHS = 40;
export const TABLES = 2;
export const LINKS = 5;
/** About this many words per text. */
const WORDS = 1500;
/** Words a sentence adds to a text, on average (sentences of text.ts, with the tables, links and bullets around them). */
const WORDS_PER_SENTENCE = 15.5;

/** Where things stand in a policy's text; the same for both languages and, up to its length, every version. */
interface Skeleton {
  /** Paragraphs of the current version; an older version prints the first `olderCount`. */
  count: number;
  olderCount: number;
  /** Heading printed before a paragraph: part (2) or sub-part (3). */
  headings: Map<number, 2 | 3>;
  /** Table printed after a paragraph: its number of columns and rows. */
  tables: Map<number, { columns: number; rows: number }>;
  bullets: Map<number, number>;
  /** Paragraph → index of the policy it links to. */
  links: Map<number, number>;
  footnote: number | undefined;
  /** The paragraph a guide prints the risk matrix after. */
  matrix: number | undefined;
  /** Paragraphs the current version words differently from the older one. */
  changed: Set<number>;
  sentences: Map<number, number>;
  figures: Map<number, number>;
  acronyms: Map<number, string>;
}

/** `count` distinct paragraph numbers in 1..max. */
function positions(rng: Rng, count: number, max: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, max)) chosen.add(rng.int(1, max));
  return [...chosen].sort((a, b) => a - b);
}

function skeleton(plan: Plan, policy: PolicyPlan): Skeleton {
  const rng = rngFor(plan.options.seed, 'skeleton', policy.index);
  const count = rng.int(MIN_PARAGRAPHS, MAX_PARAGRAPHS);
  const olderCount = Math.max(MIN_PARAGRAPHS, count - rng.int(0, 4));
  const headings = new Map<number, 2 | 3>([[1, 2]]);
  for (let n = 1 + rng.int(3, 6); n <= count; n += rng.int(3, 7)) headings.set(n, rng.chance(0.3) ? 3 : 2);
  // Tables, links and the footnote sit in the paragraphs every version has.
  const [t1, t2] = positions(rng, TABLES, MIN_PARAGRAPHS - 1);
  const tables = new Map([t1!, t2!].map((n) => [n, { columns: rng.int(3, 5), rows: rng.int(3, 6) }]));
  const links = new Map(positions(rng, policy.links.length, MIN_PARAGRAPHS).map((n, i) => [n, policy.links[i]!]));
  const bullets = new Map<number, number>();
  const sentences = new Map<number, number>();
  const figures = new Map<number, number>();
  const acronyms = new Map<number, string>();
  const changed = new Set<number>();
  const perParagraph = (WORDS - 120) / count / WORDS_PER_SENTENCE;
  for (let n = 1; n <= count; n++) {
    sentences.set(n, Math.max(1, Math.round(perParagraph + rng.next() * 2 - 1)));
    if (rng.chance(0.15)) bullets.set(n, rng.int(2, 4));
    if (rng.chance(0.35)) figures.set(n, rng.int(2, 90));
    if (rng.chance(0.2)) acronyms.set(n, rng.pick(plan.glossary).acronym);
    if (policy.versions.length > 1 && rng.chance(0.25)) changed.add(n);
  }
  const footnote = rng.chance(0.3) ? rng.int(1, MIN_PARAGRAPHS) : undefined;
  const matrix = policy.kind === 'guide' ? rng.int(1, MIN_PARAGRAPHS) : undefined;
  return { count, olderCount, headings, tables, bullets, links, footnote, matrix, changed, sentences, figures, acronyms };
}

const labels = { en: { seeAlso: 'See also the', includes: 'This includes:' }, fr: { seeAlso: 'Voir aussi le texte', includes: 'Cela comprend :' } } as const;

/** A paragraph's number and its plain text as a reader sees it (what `translation.basis` records). */
export interface PlainParagraph {
  number: string;
  text: string;
}

/**
 * The MDX body of one version in one language, with the plain text of each of its
 * numbered paragraphs. Seeds do not depend on the language, so the French follows
 * the English sentence by sentence.
 */
function body(plan: Plan, policy: PolicyPlan, shape: Skeleton, version: VersionPlan, lang: Lang): { mdx: string; paragraphs: PlainParagraph[] } {
  const { seed } = plan.options;
  const count = version.variant === 1 ? shape.count : shape.olderCount;
  const out: string[] = [];
  const paragraphs: PlainParagraph[] = [];
  let part = 0;
  let subPart = 0;
  for (let n = 1; n <= count; n++) {
    const depth = shape.headings.get(n);
    if (depth) {
      const words = headingWords(rngFor(seed, 'heading', policy.index, n), lang);
      if (depth === 2 || part === 0) {
        part++;
        subPart = 0;
        out.push(`## ${roman(part)}. ${words.toUpperCase()}`);
      } else out.push(`### ${String.fromCharCode(65 + (subPart++ % 26))}. ${capitalize(words)}`);
    }
    const variant = version.variant === 1 && shape.changed.has(n) ? 1 : 0;
    const rng = rngFor(seed, 'paragraph', policy.index, n, variant);
    const text = prose(rng, lang, shape.sentences.get(n)!, { figure: shape.figures.get(n), acronym: shape.acronyms.get(n) });
    let markdown = text;
    let plain = text;
    if (shape.footnote === n) markdown += '[^1]';
    const link = shape.links.get(n);
    if (link !== undefined) {
      const target = plan.policies[link]!;
      markdown += ` ${labels[lang].seeAlso} [${target.shortTitle[lang]}](${policyUrl(lang, target.id)}).`;
      plain += ` ${labels[lang].seeAlso} ${target.shortTitle[lang]}.`;
    }
    const bullets = shape.bullets.get(n) ?? 0;
    const items = listItems(rngFor(seed, 'items', policy.index, n), lang, bullets).map((item, i) => `${capitalize(item)}${i === bullets - 1 ? '.' : ';'}`);
    if (items.length) {
      // Sub-items belong to the paragraph when indented as far as its text: three spaces after "9. ", four after "10. ".
      const indent = ' '.repeat(`${n}. `.length);
      markdown += ` ${labels[lang].includes}\n\n${items.map((item) => `${indent}- ${item}`).join('\n')}`;
      plain += ` ${labels[lang].includes} ${items.join(' ')}`;
    }
    out.push(`${n}. ${markdown}`);
    paragraphs.push({ number: String(n), text: plain });
    const table = shape.tables.get(n);
    if (table) out.push(renderTable(rngFor(seed, 'table', policy.index, n), lang, table.columns, table.rows));
    if (shape.matrix === n) out.push(`<Matrix id="${MATRIX_ID}" />`);
  }
  if (shape.footnote !== undefined && shape.footnote <= count) out.push(`[^1]: ${prose(rngFor(seed, 'footnote', policy.index), lang, 1)}`);
  return { mdx: `${out.join('\n\n')}\n`, paragraphs };
}

function renderTable(rng: Rng, lang: Lang, columns: number, rows: number): string {
  const header = tableColumns(lang).slice(0, columns);
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (let r = 1; r <= rows; r++) {
    const cells = [String(r), tableObject(rng, lang), tableSubject(rng, lang), String(rng.int(1, 90)), tableCell(rng, lang)].slice(0, columns);
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const ACTIONS: Record<string, string> = {
  approved: 'Approved the text',
  adopted: 'Adopted the text',
  implemented: 'Reported the text as implemented',
  endorsed: 'Endorsed the text',
  agreed: 'Agreed on the text',
  supported: 'Supported the text',
  submitted: 'Reviewed the text and submitted it to the HLCM',
};

function event(plan: Plan, e: EventPlan): YamlMap {
  const cited = e.decision ? { document: e.decision.session.report, paragraph: e.decision.paragraph } : { document: plan.sessions[0]!.report, part: 'cover page' };
  return {
    date: e.date,
    endDate: e.endDate,
    body: e.body,
    session: e.session?.id,
    type: e.type,
    action: e.type ? ACTIONS[e.type] : 'Discussed a draft of the text',
    sources: [cited],
  };
}

function inferredStatus(version: VersionPlan): boolean {
  const stating = statusStatedBy[version.status];
  return stating !== undefined && !version.events.some((e) => e.type && stating.includes(e.type));
}

/** The report a version's text is printed in: that of its first event's session, or the first report. */
const reportOf = (plan: Plan, version: VersionPlan) => version.events[0]?.session?.report ?? plan.sessions[0]!.report;

function englishFrontmatter(plan: Plan, policy: PolicyPlan, version: VersionPlan): YamlMap {
  const related = policy.related;
  return {
    policy: policy.id,
    version: version.version,
    lang: 'en',
    title: policy.title.en,
    shortTitle: policy.shortTitle.en,
    kind: policy.kind,
    status: version.status,
    // A status backed only by an event that does not state it (support, implementation) is marked inferred, as the check requires.
    statusBasis: inferredStatus(version) ? { basis: 'inferred', how: 'Read from the events below; the source does not state this status.' } : undefined,
    classification: 'public',
    annexTitle: policy.index === 0 ? 'Roles and Responsibilities of Actors within the United Nations Security Management System' : undefined,
    sources: [{ document: reportOf(plan, version), annex: 'B' }],
    events: version.events.map((e) => event(plan, e)),
    supersededBy: version.supersededBy ? { version: version.supersededBy } : undefined,
    related: related && version.variant === 1 ? [{ relation: related.relation, policy: plan.policies[related.policy]!.id, sources: [{ document: reportOf(plan, version), annex: 'B', paragraph: '1' }] }] : undefined,
    namedAs: policy.namedAs && version.variant === 1 ? [policy.namedAs] : undefined,
    changeNotes: [{ date: CHANGE_NOTE_DATE, change: 'major', note: 'Full text published (generated corpus).' }],
  };
}

const STATES = ['draft', 'translated', 'reviewed', 'approved'] as const;

function frenchFrontmatter(plan: Plan, policy: PolicyPlan, version: VersionPlan, english: PlainParagraph[]): YamlMap {
  const state = STATES[(policy.index + version.variant) % STATES.length]!;
  return {
    policy: policy.id,
    version: version.version,
    lang: 'fr',
    title: policy.title.fr,
    shortTitle: policy.shortTitle.fr,
    classification: 'public',
    translation: {
      of: version.version,
      translator: 'Corpus generator',
      reviewer: state === 'reviewed' || state === 'approved' ? 'Corpus reviewer' : undefined,
      state,
      basis: basisOf(english),
    },
    sources: [{ document: reportOf(plan, version), annex: 'B' }],
    changeNotes: [{ date: CHANGE_NOTE_DATE, change: 'major', note: 'Texte intégral publié (corpus généré).' }],
  };
}

const mdx = (frontmatter: YamlMap, text: string) => `---\n${toYaml(frontmatter, GENERATED)}---\n\n${text}`;

/** Both language files of every version of one policy. */
export function policyFiles(plan: Plan, policy: PolicyPlan): GeneratedFile[] {
  const shape = skeleton(plan, policy);
  return policy.versions.flatMap((version) => {
    const english = body(plan, policy, shape, version, 'en');
    const french = body(plan, policy, shape, version, 'fr');
    return [
      { path: `policies/${policy.id}/${version.version}.en.mdx`, text: mdx(englishFrontmatter(plan, policy, version), english.mdx) },
      { path: `policies/${policy.id}/${version.version}.fr.mdx`, text: mdx(frenchFrontmatter(plan, policy, version, english.paragraphs), french.mdx) },
    ];
  });
}

export function policiesFiles(plan: Plan): GeneratedFile[] {
  return plan.policies.flatMap((policy) => policyFiles(plan, policy));
}
