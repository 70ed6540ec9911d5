/** Glossary terms: acronyms the policy texts use, each with a French term proposed by the team. */
import { GENERATED, type GeneratedFile } from './files.ts';
import type { Plan } from './plan.ts';
import { rngFor } from './random.ts';
import { prose } from './text.ts';
import { toYaml } from './yaml.ts';

export function glossaryFiles(plan: Plan): GeneratedFile[] {
  return plan.glossary.map((term, i) => {
    const rng = rngFor(plan.options.seed, 'term', i);
    const session = plan.sessions[i % plan.sessions.length]!;
    const record = {
      term: term.term,
      acronym: term.acronym,
      definition: rng.chance(0.5) ? prose(rng, 'en', 1) : undefined,
      fr: { term: term.fr, proposal: true },
      classification: 'public',
      sources: [{ document: session.report, paragraph: '2' }],
    };
    return { path: `glossary/${term.id}.yaml`, text: toYaml(record, GENERATED) };
  });
}
