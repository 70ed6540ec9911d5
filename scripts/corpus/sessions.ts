/**
 * IASMN sessions with their decisions, and the report of each session (the
 * documents every record cites). A decision is about one policy, cites its own
 * paragraph of the report, and where a policy event cites it, its verb is that
 * event's action.
 */
import { addressees, decisionVerbs } from '../../src/schemas/session.ts';
import { GENERATED, type GeneratedFile } from './files.ts';
import { addDays, dateRange, type DecisionPlan, type EventType, type Plan, type SessionPlan } from './plan.ts';
import { rngFor } from './random.ts';
import { prose } from './text.ts';
import { toYaml, type YamlMap } from './yaml.ts';

type Verb = (typeof decisionVerbs)[number];

const VERB_FOR_EVENT: Record<EventType, Verb> = {
  approved: 'approve',
  adopted: 'adopt',
  implemented: 'confirm',
  endorsed: 'endorse',
  agreed: 'agree',
  supported: 'support',
  submitted: 'submit',
};

/** How a report words each verb: "The IASMN took note of the …". */
const PAST: Record<Verb, string> = {
  recommend: 'recommended', request: 'requested', endorse: 'endorsed', approve: 'approved', decide: 'decided to review', agree: 'agreed on',
  'take-note': 'took note of', reiterate: 'reiterated its support for', urge: 'urged members to apply', support: 'supported', confirm: 'confirmed the implementation of',
  welcome: 'welcomed', adopt: 'adopted', accept: 'accepted', establish: 'established', encourage: 'encouraged the use of', invite: 'invited comments on',
  note: 'noted', review: 'reviewed', consider: 'considered', submit: 'submitted to the HLCM', stress: 'stressed the importance of', call: 'called for the review of',
};

/** Decisions under one report heading. */
const DECISIONS_PER_HEADING = 5;

/** The report heading a decision sits under: one topic for each run of five decisions. */
function groupOf(plan: Plan, session: SessionPlan, position: number): { heading: string; topic: string } {
  const group = Math.floor(position / DECISIONS_PER_HEADING);
  const letter = String.fromCharCode(65 + (group % 26)) + (group >= 26 ? String(Math.floor(group / 26) + 1) : '');
  const topic = plan.topics[(session.index * 8 + group) % plan.topics.length]!;
  return { heading: `${letter}. ${topic.name.en}`, topic: topic.id };
}

function decision(plan: Plan, session: SessionPlan, d: DecisionPlan, position: number): YamlMap {
  const { seed } = plan.options;
  const rng = rngFor(seed, 'decision', d.index);
  const group = groupOf(plan, session, position);
  const verb: Verb = d.cited ? VERB_FOR_EVENT[d.cited] : rng.pick(decisionVerbs);
  const verbs = rng.chance(0.3) ? [...new Set([verb, rng.pick(decisionVerbs)])] : [verb];
  const policy = d.policy === undefined ? undefined : plan.policies[d.policy]!;
  const named = policy ? `the ${policy.title.en}` : 'the security arrangements';
  const text = `The IASMN ${PAST[verb]} ${named}. ${prose(rng, 'en', rng.int(1, 2))}`;
  const n = plan.policies.length;
  // The same policy's previous decision, if any: decisions go round the policies in order.
  const previous = n > 0 && d.index >= n ? plan.decisions[d.index - n] : undefined;
  const items = rng.chance(0.1) ? ['a)', 'b)', 'c)'].slice(0, rng.int(2, 3)).map((marker) => ({ marker, text: prose(rng, 'en', 1) })) : undefined;
  return {
    paragraph: d.paragraph,
    heading: group.heading,
    text,
    items,
    verbs,
    addressees: rng.chance(0.6) ? rng.sample(addressees, rng.int(1, 2)) : undefined,
    topics: [...new Set([group.topic, ...rng.sample(plan.topics, rng.int(0, 1)).map((t) => t.id)])],
    policies: policy ? [policy.id] : undefined,
    roles: rng.chance(0.3) ? rng.sample(plan.roles, rng.int(1, 2)).map((r) => r.id) : undefined,
    followsUp: previous && rng.chance(0.5) ? [{ session: previous.session.id, paragraph: previous.paragraph, basis: 'inferred', how: 'Same subject as the earlier decision.' }] : undefined,
    implementation: rng.chance(0.1) ? { status: 'Implemented, as the following report records.', sources: [{ document: session.report, paragraph: d.paragraph }] } : undefined,
    sources: [{ document: session.report, paragraph: d.paragraph }],
  };
}

function sessionRecord(plan: Plan, session: SessionPlan): YamlMap {
  const headings = session.decisions.map((_, i) => groupOf(plan, session, i).heading).filter((h, i, all) => all.indexOf(h) === i);
  const seen = new Set<string>();
  const agendaTitle = (heading: string) => {
    const title = heading.replace(/^[A-Z]+[0-9]*\. /, '');
    const repeated = seen.has(title);
    seen.add(title);
    return repeated ? `${title} (continued)` : title;
  };
  return {
    place: session.place,
    startDate: session.startDate,
    endDate: session.endDate,
    number: session.index + 1,
    report: session.report,
    chair: { name: `Chair of session ${session.index + 1}`, source: { document: session.report, annex: 'A', part: 'List of Participants' } },
    hlcmSession: { text: `HLCM session following ${dateRange(session.startDate, session.endDate)}`, source: { document: session.report, part: 'cover page' } },
    agenda: headings.map((h, i) => ({ item: String(i + 1), title: agendaTitle(h), papers: [`CRP ${i + 2}`] })),
    classification: 'public',
    sources: [{ document: session.report, paragraph: '1' }],
    decisions: session.decisions.map((d, i) => decision(plan, session, d, i)),
  };
}

function reportRecord(session: SessionPlan): YamlMap {
  return {
    symbol: session.symbol,
    title: `Report of the Inter-Agency Security Management Network (${session.place}, ${dateRange(session.startDate, session.endDate)})`,
    date: addDays(session.endDate, 30),
    session: session.id,
    classification: 'public',
    sources: [{ document: session.report, part: 'cover page' }],
  };
}

export function sessionFiles(plan: Plan): GeneratedFile[] {
  return plan.sessions.flatMap((session) => [
    { path: `sessions/${session.id}.yaml`, text: toYaml(sessionRecord(plan, session), GENERATED) },
    { path: `documents/${session.report}.yaml`, text: toYaml(reportRecord(session), GENERATED) },
  ]);
}
