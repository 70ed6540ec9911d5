/**
 * Roles: one entry per version of the generated Framework for Accountability,
 * with numbered responsibilities (lettered in an older version), lines of
 * accountability to other roles, and now and then a responsibility that names a
 * policy by one of its `namedAs` names (which links the policy and the role).
 */
import { GENERATED, type GeneratedFile } from './files.ts';
import type { Plan, RolePlan, VersionPlan } from './plan.ts';
import { rngFor } from './random.ts';
import { responsibility } from './text.ts';
import { toYaml, type YamlMap } from './yaml.ts';

/** The role each role is accountable to: a tree under the first role, so the lines never loop. */
const superior = (role: RolePlan) => (role.parent !== undefined ? role.parent : role.index === 0 ? undefined : Math.floor((role.index - 1) / 2));

function roleVersion(plan: Plan, role: RolePlan, framework: VersionPlan): YamlMap {
  const rng = rngFor(plan.options.seed, 'role', role.index, framework.variant);
  const report = framework.events[0]?.session?.report ?? plan.sessions[0]!.report;
  const named = plan.policies.filter((p) => p.namedAs);
  const lettered = framework.variant === 0;
  const count = rng.int(4, 8);
  // Up to two responsibilities name a policy, each a different one.
  const naming = new Map(rng.sample(named, rng.int(0, 2)).map((policy, i) => [1 + 2 * i, policy.namedAs]));
  const responsibilities = Array.from({ length: count }, (_, i) => {
    const last = i === count - 1;
    const name = naming.get(i);
    const text = name ? `Ensures that the ${name} is applied ${last ? 'in full' : 'consistently'}` : responsibility(rng);
    return { marker: lettered ? `${String.fromCharCode(97 + i)})` : `${i + 1}.`, text: `${text}${last ? '.' : ';'}` };
  });
  const up = superior(role);
  const paragraph = String(8 + Math.min(role.index, 17));
  return {
    framework: framework.version,
    mainText: role.parent === undefined ? { letter: role.letter, heading: role.name.en, paragraphs: [Number(paragraph)] } : undefined,
    annex: { letter: role.letter, heading: role.name.en },
    leadIn: lettered ? `The ${role.name.en} is responsible for:` : undefined,
    responsibilities,
    relations:
      up === undefined
        ? undefined
        : [{ kind: 'accountable-to', role: plan.roles[up]!.id, quote: `The ${role.name.en} is accountable to the ${plan.roles[up]!.name.en}`, source: { document: report, annex: 'B', paragraph } }],
    sources: [{ document: report, annex: 'B', section: role.letter }],
  };
}

function roleRecord(plan: Plan, role: RolePlan): YamlMap {
  const framework = plan.policies[0]!;
  const report = framework.versions[0]!.events[0]?.session?.report ?? plan.sessions[0]!.report;
  return {
    name: role.name.en,
    acronym: role.acronym,
    fr: { name: role.name.fr, proposal: true },
    parent: role.parent === undefined ? undefined : plan.roles[role.parent]!.id,
    classification: 'public',
    sources: [{ document: report, annex: 'B', section: role.letter }],
    versions: framework.versions.map((v) => roleVersion(plan, role, v)),
  };
}

export function roleFiles(plan: Plan): GeneratedFile[] {
  if (plan.policies.length === 0) return [];
  return plan.roles.map((role) => ({ path: `roles/${role.id}.yaml`, text: toYaml(roleRecord(plan, role), GENERATED) }));
}
