/**
 * The FSH → SPM transition matrix: one row for the whole Handbook, then chapters
 * of eight sections each. A transitioned section names the policy that replaced
 * it, a removed one the decision that removed it.
 */
import { GENERATED, type GeneratedFile } from './files.ts';
import { chapterCount, chapterId } from './manual.ts';
import type { Plan } from './plan.ts';
import { rngFor } from './random.ts';
import { toYaml, type YamlMap } from './yaml.ts';

const SECTIONS = 8;
const TITLES = ['Security Planning', 'Security Phases', 'Relocation and Evacuation', 'Communications', 'Security Clearances', 'Staff Lists', 'Wardens', 'Reporting', 'Premises', 'Travel'];
const source = { url: 'https://example.org/field-security-handbook/contents', title: 'Field Security Handbook: table of contents (generated corpus)', confidence: 'high' };

/** A mapping the generated corpus calls stated quotes the table of contents it cites. */
const stated = { basis: 'stated', quote: 'Field Security Handbook', source };
const retained = { basis: 'inferred', how: 'No source records what became of this part.' };

function row(plan: Plan, r: number): { id: string; record: YamlMap } {
  const decisionRef = (i: number) => ({ session: plan.decisions[i]!.session.id, paragraph: plan.decisions[i]!.paragraph });
  if (r === 0)
    return {
      id: 'fsh',
      record: {
        fsh: { title: 'Field Security Handbook', reference: 'The whole Handbook', aliases: ['FSH', 'Field Security Handbook'] },
        status: 'in-progress',
        replacedBy: plan.policies.length ? [{ policy: plan.policies[Math.min(1, plan.policies.length - 1)]!.id }] : undefined,
        decisions: plan.decisions.slice(0, 3).map((_, i) => decisionRef(i)),
        mapping: stated,
        notes: 'Transition under way in the generated corpus.',
        classification: 'public',
        sources: [source],
      },
    };
  const chapter = Math.floor((r - 1) / (SECTIONS + 1)) + 1;
  const within = (r - 1) % (SECTIONS + 1);
  const rng = rngFor(plan.options.seed, 'transition', r);
  const title = `${TITLES[(chapter + within) % TITLES.length]} ${within === 0 ? `(chapter ${chapter})` : `(${chapter}.${within})`}`;
  if (within === 0)
    return {
      id: `fsh-${chapter}`,
      record: {
        fsh: { title, reference: `Chapter ${chapter}`, parent: 'fsh', aliases: [`FSH chapter ${chapter}`] },
        status: 'retained',
        mapping: retained,
        notes: 'No source records what became of this part, so it is shown as retained.',
        classification: 'public',
        sources: [source],
      },
    };
  const letter = String.fromCharCode(64 + within);
  const fsh = { title, reference: `Chapter ${chapter}, Section ${letter}`, paragraphs: `${chapter}.${within * 10 + 1}–${chapter}.${within * 10 + rng.int(2, 9)}`, parent: `fsh-${chapter}`, aliases: [`FSH ${chapter}.${letter}`] };
  const id = `fsh-${chapter}-${letter.toLowerCase()}`;
  const base = { fsh, classification: 'public', sources: [source] };
  const draw = rng.next();
  if (draw < 0.5 && plan.policies.length) {
    const policy = rng.pick(plan.policies);
    const chapters = chapterCount(plan.policies.length);
    const target = rng.chance(0.05) && chapters ? { chapter: chapterId(rng.int(0, chapters - 1)) } : { policy: policy.id, paragraph: String(rng.int(1, 25)) };
    const decision = 'policy' in target ? policy.decisions[0] : undefined;
    return {
      id,
      record: {
        ...base,
        status: 'transitioned',
        replacedBy: [target],
        decisions: decision ? [decisionRef(decision.index)] : undefined,
        mapping: decision ? stated : { basis: 'inferred', how: 'the same subject as the policy' },
      },
    };
  }
  if (draw < 0.65 && plan.decisions.length)
    return {
      id,
      record: { ...base, status: 'removed', decisions: [decisionRef(rng.int(0, plan.decisions.length - 1))], mapping: stated, notes: 'Removed by the decision named.' },
    };
  if (draw < 0.85) return { id, record: { ...base, status: 'in-progress', mapping: stated } };
  return { id, record: { ...base, status: 'retained', mapping: retained, notes: 'No source records what became of this part.' } };
}

export function transitionFiles(plan: Plan): GeneratedFile[] {
  return Array.from({ length: plan.options.fsh }, (_, r) => {
    const { id, record } = row(plan, r);
    return { path: `transition/${id}.yaml`, text: toYaml(record, GENERATED) };
  });
}
