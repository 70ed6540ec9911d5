/**
 * The shape of a corpus before any text is written: which sessions there are and
 * when, which decision names which policy, each policy's versions, statuses and
 * events, the roles, glossary terms and topics. Every file module renders from
 * this plan, so the cross-references agree by construction.
 */
import type { policyKinds, PolicyStatus, eventTypes } from '../../src/schemas/policy.ts';
import { FRAMEWORK_POLICY } from '../../src/lib/roles.ts';
import { rngFor, type Rng } from './random.ts';
import { kebab } from './text.ts';

export interface CorpusOptions {
  policies: number;
  decisions: number;
  fsh: number;
  seed: number;
}

export const DECISIONS_PER_SESSION = 40;
export const ROLES = 20;
export const GLOSSARY_TERMS = 100;
/** A Manual chapter's sections are lettered A–Z. */
export const SECTIONS_PER_CHAPTER = 26;
/** Chapter numbers are Roman numerals of I, V and X only (the schema's pattern), so XXXIX is the last. */
export const MAX_CHAPTERS = 39;
/** Date of the site's change notes: fixed, so that output never depends on the clock. */
export const CHANGE_NOTE_DATE = '2026-01-15';

export type PolicyKind = (typeof policyKinds)[number];
/** The corpus's events are IASMN actions at its sessions; it generates no dated editions of the Manual (promulgation, issue, review). */
export type EventType = Exclude<(typeof eventTypes)[number], 'promulgated' | 'issued' | 'entered-into-force' | 'reviewed'>;
export type Bilingual = { en: string; fr: string };

export interface SessionPlan {
  index: number;
  id: string;
  place: string;
  startDate: string;
  endDate: string;
  /** Id of its report in documents/. */
  report: string;
  symbol: string;
  decisions: DecisionPlan[];
}

export interface DecisionPlan {
  /** Position among all decisions, oldest first. */
  index: number;
  session: SessionPlan;
  paragraph: string;
  /** The policy the decision is about (index in plan.policies); none when there are no policies. */
  policy: number | undefined;
  /** The type of the policy event that cites this decision, if one does. */
  cited?: EventType | undefined;
}

export interface EventPlan {
  date: string;
  endDate?: string | undefined;
  body: 'IASMN' | 'HLCM';
  session?: SessionPlan | undefined;
  type?: EventType | undefined;
  decision?: DecisionPlan | undefined;
}

export interface VersionPlan {
  version: string;
  status: PolicyStatus;
  events: EventPlan[];
  supersededBy?: string | undefined;
  /** 0 for an older version, 1 for the current one: which variant of each paragraph it prints. */
  variant: number;
}

export interface PolicyPlan {
  index: number;
  id: string;
  kind: PolicyKind;
  title: Bilingual;
  shortTitle: Bilingual;
  /** Oldest first; the last is the current version. */
  versions: VersionPlan[];
  namedAs?: string | undefined;
  related?: { relation: 'guidelines-for' | 'annex-of'; policy: number } | undefined;
  /** The five policies its text links to (indexes). */
  links: number[];
  decisions: DecisionPlan[];
}

export interface RolePlan {
  index: number;
  id: string;
  name: Bilingual;
  acronym?: string | undefined;
  /** Annex letter; a group printed under another actor shares its letter. */
  letter: string;
  parent?: number | undefined;
}

export interface TermPlan {
  id: string;
  term: string;
  acronym: string;
  fr: string;
}

export interface TopicPlan {
  id: string;
  name: Bilingual;
  scope: Bilingual;
}

export interface Plan {
  options: CorpusOptions;
  sessions: SessionPlan[];
  decisions: DecisionPlan[];
  policies: PolicyPlan[];
  roles: RolePlan[];
  glossary: TermPlan[];
  topics: TopicPlan[];
}

// ---------------------------------------------------------------- dates

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "4-6 August 2009", as report titles print a meeting's dates. */
export function dateRange(start: string, end: string): string {
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  if (y1 === y2 && m1 === m2) return `${d1}-${d2} ${MONTHS[m1 - 1]} ${y1}`;
  return `${d1} ${MONTHS[m1 - 1]} ${y1 !== y2 ? `${y1} ` : ''}- ${d2} ${MONTHS[m2 - 1]} ${y2}`;
}

// ---------------------------------------------------------------- sessions and decisions

const PLACES = [
  'Geneva', 'New York', 'Vienna', 'Rome', 'Nairobi', 'Bangkok', 'Paris', 'London', 'Madrid', 'Turin', 'Washington', 'Santiago', 'Addis Ababa', 'Beirut', 'Bonn',
  'Copenhagen', 'Panama', 'Amman', 'Dakar', 'Manila', 'Montreal', 'The Hague', 'Brindisi', 'Valencia', 'Entebbe', 'Kuwait', 'Tokyo', 'Budapest', 'Istanbul', 'Lyon',
];
const FIRST_YEAR = 2001;
const YEARS = 25;

function planSessions(options: CorpusOptions): { sessions: SessionPlan[]; decisions: DecisionPlan[] } {
  const count = Math.max(1, Math.ceil(options.decisions / DECISIONS_PER_SESSION));
  const perYear = Math.max(2, Math.ceil(count / YEARS));
  const ids = new Set<string>();
  const sessions: SessionPlan[] = [];
  const decisions: DecisionPlan[] = [];
  for (let k = 0; k < count; k++) {
    const rng = rngFor(options.seed, 'session', k);
    const year = FIRST_YEAR + Math.floor(k / perYear);
    const startDate = addDays(`${year}-01-01`, 5 + Math.floor(((k % perYear) * 350) / perYear) + rng.int(0, Math.max(0, Math.floor(300 / perYear) - 5)));
    const endDate = addDays(startDate, rng.int(1, 3));
    const place = PLACES[k % PLACES.length]!;
    let id = `${startDate.slice(0, 7)}-${kebab(place)}`;
    if (ids.has(id)) id = `${id}-${k + 1}`;
    ids.add(id);
    const session: SessionPlan = { index: k, id, place, startDate, endDate, report: `iasmn-report-${k + 1}`, symbol: `CORPUS/${year}/HLCM/${k + 1}`, decisions: [] };
    // Decisions spread evenly: the first sessions take one more when the division leaves a rest.
    const share = Math.floor(options.decisions / count) + (k < options.decisions % count ? 1 : 0);
    let paragraph = 2;
    for (let i = 0; i < share; i++) {
      paragraph += rng.int(1, 2);
      const index = decisions.length;
      const decision: DecisionPlan = { index, session, paragraph: String(paragraph), policy: options.policies > 0 ? index % options.policies : undefined };
      session.decisions.push(decision);
      decisions.push(decision);
    }
    sessions.push(session);
  }
  return { sessions, decisions };
}

// ---------------------------------------------------------------- policies

const SUBJECTS: Bilingual[] = [
  { en: 'Air Travel', fr: 'voyages aériens' }, { en: 'Residential Security', fr: 'sécurité résidentielle' }, { en: 'Premises Security', fr: 'sécurité des locaux' },
  { en: 'Crisis Management', fr: 'gestion des crises' }, { en: 'Information Sharing', fr: 'échange d’informations' }, { en: 'Convoy Movements', fr: 'déplacements en convoi' },
  { en: 'Security Clearance', fr: 'autorisation de sécurité' }, { en: 'Hostage Incident Management', fr: 'gestion des prises d’otages' },
  { en: 'Security Risk Management', fr: 'gestion des risques de sécurité' }, { en: 'Armed Escorts', fr: 'escortes armées' }, { en: 'Security Training', fr: 'formation à la sécurité' },
  { en: 'Road Safety', fr: 'sécurité routière' }, { en: 'Fire Safety', fr: 'sécurité incendie' }, { en: 'Relocation and Evacuation', fr: 'réinstallation et évacuation' },
  { en: 'Stress Management', fr: 'gestion du stress' }, { en: 'Security Communications', fr: 'communications de sécurité' }, { en: 'Warden Systems', fr: 'systèmes de gardes' },
  { en: 'Locally Recruited Personnel', fr: 'personnel recruté localement' }, { en: 'Security Compliance', fr: 'conformité en matière de sécurité' },
  { en: 'Security Funding', fr: 'financement de la sécurité' }, { en: 'Incident Reporting', fr: 'signalement des incidents' }, { en: 'Access Control', fr: 'contrôle des accès' },
  { en: 'Close Protection', fr: 'protection rapprochée' }, { en: 'Mass Casualty Incidents', fr: 'incidents faisant de nombreuses victimes' },
  { en: 'Security Arrangements for Meetings', fr: 'dispositifs de sécurité des réunions' }, { en: 'Gender Considerations', fr: 'considérations de genre' },
  { en: 'Medical Evacuation', fr: 'évacuation sanitaire' }, { en: 'Security Levels', fr: 'niveaux de sécurité' }, { en: 'Private Security Services', fr: 'services de sécurité privés' },
  { en: 'Use of Force', fr: 'usage de la force' }, { en: 'Security Vetting', fr: 'contrôle de sécurité du personnel' }, { en: 'Aviation Safety', fr: 'sécurité aérienne' },
  { en: 'Field Missions', fr: 'missions sur le terrain' }, { en: 'Host Country Relations', fr: 'relations avec le pays hôte' }, { en: 'Security Information Management', fr: 'gestion de l’information de sécurité' },
  { en: 'Emergency Preparedness', fr: 'préparation aux situations d’urgence' }, { en: 'Security Budgeting', fr: 'budgétisation de la sécurité' },
  { en: 'Dependants', fr: 'personnes à charge' }, { en: 'Safe Havens', fr: 'zones sûres' }, { en: 'Security Surveys', fr: 'inspections de sécurité' },
];
const QUALIFIERS: Bilingual[] = [
  { en: 'Field', fr: 'sur le terrain' }, { en: 'Regional', fr: 'à l’échelon régional' }, { en: 'Inter-Agency', fr: 'interorganisations' }, { en: 'Headquarters', fr: 'au siège' },
  { en: 'Mission', fr: 'en mission' }, { en: 'Country-Level', fr: 'à l’échelon du pays' }, { en: 'Emergency', fr: 'en situation d’urgence' }, { en: 'Interim', fr: 'à titre provisoire' },
  { en: 'Standing', fr: 'à titre permanent' }, { en: 'Operational', fr: 'opérationnelle' }, { en: 'System-Wide', fr: 'à l’échelle du système' }, { en: 'Integrated', fr: 'intégrée' },
  { en: 'Joint', fr: 'conjointe' }, { en: 'Local', fr: 'à l’échelon local' }, { en: 'Technical', fr: 'technique' }, { en: 'Strategic', fr: 'stratégique' },
  { en: 'Temporary', fr: 'temporaire' }, { en: 'Common', fr: 'commune' }, { en: 'Remote', fr: 'à distance' }, { en: 'Urban', fr: 'en milieu urbain' },
];
const KINDS: { kind: PolicyKind; en: string; fr: string; weight: number }[] = [
  { kind: 'policy', en: 'Policy', fr: 'Politique', weight: 40 },
  { kind: 'guidelines', en: 'Guidelines', fr: 'Lignes directrices', weight: 25 },
  { kind: 'standard', en: 'Standards', fr: 'Normes', weight: 10 },
  { kind: 'guide', en: 'Guide', fr: 'Guide', weight: 8 },
  { kind: 'programme', en: 'Programme', fr: 'Programme', weight: 5 },
  { kind: 'terms-of-reference', en: 'Terms of Reference', fr: 'Mandat', weight: 5 },
  { kind: 'manual', en: 'Manual', fr: 'Manuel', weight: 4 },
  { kind: 'annex', en: 'Annex', fr: 'Annexe', weight: 3 },
];

function weighted<T extends { weight: number }>(rng: Rng, items: readonly T[]): T {
  let r = rng.next() * items.reduce((n, i) => n + i.weight, 0);
  for (const item of items) if ((r -= item.weight) < 0) return item;
  return items.at(-1)!;
}

const CURRENT_STATUSES: { status: PolicyStatus; weight: number }[] = [
  { status: 'in-force', weight: 60 },
  { status: 'endorsed', weight: 15 },
  { status: 'proposed', weight: 10 },
  { status: 'draft', weight: 8 },
  { status: 'under-review', weight: 7 },
];

/** The event type that backs a status (see statusBackedBy in the schema); none for a draft. */
function eventTypeFor(rng: Rng, status: PolicyStatus): EventType | undefined {
  switch (status) {
    case 'in-force':
      return rng.pick(['approved', 'adopted', 'implemented'] as const);
    case 'endorsed':
      return rng.pick(['endorsed', 'agreed', 'supported'] as const);
    case 'proposed':
    case 'under-review':
      return 'submitted';
    default:
      return undefined;
  }
}

function sessionEvent(decision: DecisionPlan, type: EventType | undefined): EventPlan {
  if (type) decision.cited = type;
  const { session } = decision;
  return { date: session.startDate, endDate: session.endDate, body: 'IASMN', session, type, decision };
}

/** Version labels from the events' dates: the year, or more of the date where two versions share it. */
function labels(a: string, b: string): [string, string] {
  for (const length of [4, 7, 10]) if (a.slice(0, length) !== b.slice(0, length)) return [a.slice(0, length), b.slice(0, length)];
  return [`${a}-a`, `${b}-b`];
}

function planPolicies(options: CorpusOptions, sessions: SessionPlan[], decisions: DecisionPlan[]): PolicyPlan[] {
  const n = options.policies;
  const titles = new Set<string>();
  const ids = new Set<string>();
  const policies: PolicyPlan[] = [];
  for (let p = 0; p < n; p++) {
    const rng = rngFor(options.seed, 'policy-plan', p);
    let kind: PolicyKind = 'policy';
    let title: Bilingual;
    let shortTitle: Bilingual;
    if (p === 0) {
      // The Framework for Accountability: roles are versions of its annex, so it is always there.
      title = { en: 'Framework for Accountability for the United Nations Security Management System', fr: 'Cadre de responsabilité du système de gestion de la sécurité des Nations Unies' };
      shortTitle = { en: 'Framework for Accountability', fr: 'Cadre de responsabilité' };
    } else {
      let attempt = 0;
      for (;;) {
        const k = weighted(rng, KINDS);
        const subject = rng.pick(SUBJECTS);
        const qualifier = rng.pick(QUALIFIERS);
        const suffix = attempt >= 20 ? ` No. ${p}` : '';
        title = { en: `${qualifier.en} ${subject.en} ${k.en}${suffix}`, fr: `${k.fr} : ${subject.fr} ${qualifier.fr}${suffix.replace('No.', 'no')}` };
        shortTitle = { en: `${subject.en} ${k.en}${suffix}`, fr: `${k.fr} : ${subject.fr}${suffix.replace('No.', 'no')}` };
        kind = k.kind;
        if (!titles.has(title.en) && !ids.has(kebab(title.en))) break;
        attempt++;
      }
    }
    titles.add(title.en);
    const id = p === 0 ? FRAMEWORK_POLICY : kebab(title.en);
    ids.add(id);

    const own: DecisionPlan[] = [];
    for (let j = p; j < decisions.length; j += n) own.push(decisions[j]!);
    const twoVersions = p % 5 === 0;
    const status = twoVersions ? 'in-force' : weighted(rng, CURRENT_STATUSES).status;
    const type = eventTypeFor(rng, status);
    const currentDecision = twoVersions ? own.at(-1) : own[0];
    const fallback = sessions[p % sessions.length]!;
    const first: EventPlan = currentDecision
      ? sessionEvent(currentDecision, type)
      : { date: addDays(fallback.endDate, 20 + rng.int(0, 60)), body: 'HLCM', type };
    const events: EventPlan[] = [first];
    if (status === 'in-force' && rng.chance(0.4)) events.push({ date: addDays(first.endDate ?? first.date, 30 + rng.int(0, 90)), body: 'HLCM', type: 'approved' });
    const current: VersionPlan = { version: '', status, events, variant: 1 };
    const versions: VersionPlan[] = [current];
    if (twoVersions) {
      const earlier = own[0] && currentDecision && own[0].session.startDate < currentDecision.session.startDate ? own[0] : undefined;
      const older: EventPlan = earlier ? sessionEvent(earlier, 'approved') : { date: addDays(first.date, -365 - rng.int(0, 200)), body: 'HLCM', type: 'approved' };
      const [oldLabel, newLabel] = labels(older.date, first.date);
      current.version = newLabel;
      versions.unshift({ version: oldLabel, status: 'superseded', events: [older], supersededBy: newLabel, variant: 0 });
    } else current.version = first.date.slice(0, 4);

    const links = new Set<number>();
    while (links.size < Math.min(5, n - 1)) {
      const target = rng.int(0, n - 1);
      if (target !== p) links.add(target);
    }
    policies.push({
      index: p,
      id,
      kind,
      title: title!,
      shortTitle: shortTitle!,
      versions,
      namedAs: p % 4 === 1 ? title!.en : undefined,
      links: [...links],
      decisions: own,
    });
  }
  // Relations: guidelines for, or an annex of, an earlier policy of kind "policy".
  for (const policy of policies) {
    if (policy.kind !== 'guidelines' && policy.kind !== 'annex') continue;
    const rng = rngFor(options.seed, 'related', policy.index);
    const target = rng.int(0, Math.max(0, policy.index - 1));
    if (target !== policy.index && policies[target]?.kind === 'policy' && rng.chance(0.7))
      policy.related = { relation: policy.kind === 'annex' ? 'annex-of' : 'guidelines-for', policy: target };
  }
  return policies;
}

// ---------------------------------------------------------------- roles, glossary, topics

const ROLE_NAMES: (Bilingual & { acronym?: string })[] = [
  { en: 'Secretary-General', fr: 'Secrétaire général' },
  { en: 'Under-Secretary-General for Safety and Security', fr: 'Secrétaire général adjoint à la sûreté et à la sécurité', acronym: 'USG' },
  { en: 'Executive Group on Security', fr: 'Groupe exécutif pour la sécurité', acronym: 'EGS' },
  { en: 'Executive Heads', fr: 'Chefs de secrétariat' },
  { en: 'Senior Security Managers', fr: 'Responsables principaux de la sécurité' },
  { en: 'Designated Official', fr: 'Responsable désigné', acronym: 'DO' },
  { en: 'Representatives of Organizations', fr: 'Représentants des organisations' },
  { en: 'Security Management Team', fr: 'Équipe de gestion de la sécurité', acronym: 'SMT' },
  { en: 'Area Security Coordinator', fr: 'Coordonnateur de zone pour la sécurité', acronym: 'ASC' },
  { en: 'Chief Security Adviser', fr: 'Conseiller principal pour la sécurité', acronym: 'CSA' },
  { en: 'Security Adviser', fr: 'Conseiller pour la sécurité', acronym: 'SA' },
  { en: 'Country Security Focal Point', fr: 'Point focal pour la sécurité dans le pays', acronym: 'CSFP' },
  { en: 'Single-Agency Security Officer', fr: 'Agent de sécurité d’une seule organisation' },
  { en: 'Local Security Assistant', fr: 'Assistant local pour la sécurité', acronym: 'LSA' },
  { en: 'Warden', fr: 'Garde' },
  { en: 'Personnel', fr: 'Personnel' },
  { en: 'Regional Security Coordinator', fr: 'Coordonnateur régional pour la sécurité' },
  { en: 'Other Security Personnel', fr: 'Autres agents de sécurité' },
  { en: 'Field Security Officer', fr: 'Agent de sécurité sur le terrain', acronym: 'FSO' },
  { en: 'Chief of Security and Safety Services', fr: 'Chef des services de sécurité et de sûreté' },
];

function planRoles(): RolePlan[] {
  const parentIndex = 17;
  return ROLE_NAMES.slice(0, ROLES).map((name, index): RolePlan => {
    const child = index > parentIndex;
    return {
      index,
      id: kebab(name.en),
      name: { en: name.en, fr: name.fr },
      acronym: name.acronym,
      letter: String.fromCharCode(65 + Math.min(index, parentIndex)),
      parent: child ? parentIndex : undefined,
    };
  });
}

// Initials are distinct within each list, so every combination has its own acronym.
const TERM_A: Bilingual[] = [
  { en: 'Regional', fr: 'régional' }, { en: 'Joint', fr: 'conjoint' }, { en: 'Integrated', fr: 'intégré' }, { en: 'Country', fr: 'de pays' }, { en: 'Field', fr: 'de terrain' },
  { en: 'Mobile', fr: 'mobile' }, { en: 'National', fr: 'national' }, { en: 'Emergency', fr: 'd’urgence' }, { en: 'Technical', fr: 'technique' }, { en: 'Area', fr: 'de zone' },
];
const TERM_B: Bilingual[] = [
  { en: 'Security', fr: 'de sécurité' }, { en: 'Crisis', fr: 'de crise' }, { en: 'Risk', fr: 'des risques' }, { en: 'Travel', fr: 'des voyages' }, { en: 'Information', fr: 'd’information' },
  { en: 'Operations', fr: 'des opérations' }, { en: 'Logistics', fr: 'logistique' }, { en: 'Aviation', fr: 'aérien' }, { en: 'Medical', fr: 'médical' }, { en: 'Premises', fr: 'des locaux' },
];
const TERM_C: Bilingual[] = [
  { en: 'Unit', fr: 'groupe' }, { en: 'Office', fr: 'bureau' }, { en: 'Cell', fr: 'cellule' }, { en: 'Group', fr: 'comité' }, { en: 'Network', fr: 'réseau' },
  { en: 'Board', fr: 'conseil' }, { en: 'Team', fr: 'équipe' }, { en: 'Service', fr: 'service' }, { en: 'Desk', fr: 'guichet' }, { en: 'Programme', fr: 'programme' },
];

function planGlossary(): TermPlan[] {
  const terms: TermPlan[] = [];
  // A stride coprime with 1,000 walks all combinations in a scattered order.
  for (let i = 0; terms.length < GLOSSARY_TERMS; i++) {
    const k = (i * 337 + 11) % 1000;
    const [a, b, c] = [TERM_A[Math.floor(k / 100)]!, TERM_B[Math.floor(k / 10) % 10]!, TERM_C[k % 10]!];
    const acronym = `${a.en[0]}${b.en[0]}${c.en[0]}`;
    terms.push({ id: kebab(acronym), term: `${a.en} ${b.en} ${c.en}`, acronym, fr: `${c.fr} ${b.fr} ${a.fr}` });
  }
  return terms;
}

const TOPICS: (TopicPlan & { id: string })[] = [
  ['Accountability', 'Responsabilité', 'The Framework for Accountability and the roles of actors.', 'Le cadre de responsabilité et les rôles des acteurs.'],
  ['Aviation safety', 'Sécurité aérienne', 'Air travel and the use of air operators.', 'Voyages aériens et recours aux exploitants aériens.'],
  ['Communications', 'Communications', 'Emergency communications and technology.', 'Communications d’urgence et technologie.'],
  ['Compliance', 'Conformité', 'Compliance evaluation and monitoring.', 'Évaluation et suivi de la conformité.'],
  ['Crisis management', 'Gestion des crises', 'Crisis and incident management.', 'Gestion des crises et des incidents.'],
  ['Funding', 'Financement', 'Budgets and cost-sharing of security.', 'Budgets et partage des coûts de la sécurité.'],
  ['Governance', 'Gouvernance', 'The network, its groups and its working methods.', 'Le réseau, ses groupes et ses méthodes de travail.'],
  ['Human resources', 'Ressources humaines', 'Security personnel, posts and careers.', 'Personnel de sécurité, postes et carrières.'],
  ['Information management', 'Gestion de l’information', 'Security information and its systems.', 'Informations de sécurité et systèmes correspondants.'],
  ['Locally recruited personnel', 'Personnel recruté localement', 'Measures for locally recruited personnel.', 'Mesures concernant le personnel recruté localement.'],
  ['Operating standards', 'Normes opérationnelles', 'Minimum operating and residential standards.', 'Normes minimales opérationnelles et résidentielles.'],
  ['Partners', 'Partenaires', 'Cooperation with non-governmental and other partners.', 'Coopération avec les organisations non gouvernementales et d’autres partenaires.'],
  ['Premises', 'Locaux', 'Safety and security of premises.', 'Sûreté et sécurité des locaux.'],
  ['Private security', 'Sécurité privée', 'Private security and armed protection.', 'Sécurité privée et protection armée.'],
  ['Security levels', 'Niveaux de sécurité', 'The security level system.', 'Le système des niveaux de sécurité.'],
  ['Policy manual', 'Manuel des politiques', 'The Security Policy Manual and its chapters.', 'Le Manuel des politiques de sécurité et ses chapitres.'],
  ['Risk management', 'Gestion des risques', 'Security risk management.', 'Gestion des risques de sécurité.'],
  ['Training', 'Formation', 'Security training and awareness.', 'Formation et sensibilisation à la sécurité.'],
  ['Travel', 'Voyages', 'Travel and security clearance.', 'Voyages et autorisations de sécurité.'],
  ['Women and gender', 'Femmes et genre', 'Gender considerations in security management.', 'Considérations de genre dans la gestion de la sécurité.'],
].map(([en, fr, scopeEn, scopeFr]) => ({ id: kebab(en!), name: { en: en!, fr: fr! }, scope: { en: scopeEn!, fr: scopeFr! } }));

export function makePlan(options: CorpusOptions): Plan {
  const { sessions, decisions } = planSessions(options);
  return { options, sessions, decisions, policies: planPolicies(options, sessions, decisions), roles: planRoles(), glossary: planGlossary(), topics: TOPICS };
}
