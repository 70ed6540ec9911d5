/**
 * Pseudo-text in English and French from fixed vocabularies. The words mean
 * nothing in particular; they read like a policy and contain nothing Markdown or
 * MDX would take for syntax (no braces, angle brackets, pipes, asterisks or
 * underscores, and no line that starts with a number).
 */
import type { Rng } from './random.ts';

export type Lang = 'en' | 'fr';

/** Words that stay the same in both languages: figures, acronyms. */
export interface Extras {
  /** A figure to work into the text (the same one in both languages). */
  figure?: number | undefined;
  /** A glossary acronym to use once. */
  acronym?: string | undefined;
}

// ---------------------------------------------------------------- English

const EN = {
  subjects: [
    'the Designated Official', 'the Security Management Team', 'each organization', 'the Chief Security Adviser', 'the Area Security Coordinator',
    'the country team', 'the security focal point', 'the head of office', 'the Steering Group', 'the working group', 'each member organization',
    'the regional security office', 'the senior security manager', 'the crisis coordination cell', 'the duty officer', 'the host country liaison',
    'the Under-Secretary-General', 'the security cell', 'the field office', 'the mission security section',
  ],
  objects: [
    'the security plan', 'the risk assessment', 'the list of personnel', 'the emergency communications system', 'the relocation arrangements',
    'the security clearance procedure', 'the residential security measures', 'the premises survey', 'the incident report', 'the travel advisory',
    'the security level', 'the compliance review', 'the training record', 'the warden system', 'the contingency stock', 'the evacuation plan',
    'the operating standards', 'the cost-shared budget', 'the security information', 'the mitigation measures', 'the access control arrangements',
    'the convoy procedures', 'the medical evacuation arrangements', 'the staff counselling services', 'the identification cards',
  ],
  verbs: [
    ['review', 'reviews', 'reviewing'], ['maintain', 'maintains', 'maintaining'], ['approve', 'approves', 'approving'], ['establish', 'establishes', 'establishing'],
    ['update', 'updates', 'updating'], ['implement', 'implements', 'implementing'], ['monitor', 'monitors', 'monitoring'], ['coordinate', 'coordinates', 'coordinating'],
    ['communicate', 'communicates', 'communicating'], ['assess', 'assesses', 'assessing'], ['support', 'supports', 'supporting'], ['prepare', 'prepares', 'preparing'],
    ['strengthen', 'strengthens', 'strengthening'], ['validate', 'validates', 'validating'], ['report on', 'reports on', 'reporting on'],
  ],
  places: [
    'at the duty station', 'in each designated area', 'within the security management system', 'at headquarters and in the field',
    'in accordance with the applicable policies', 'in consultation with the host Government', 'for all personnel and their recognized dependants',
    'under the authority of the Designated Official', 'throughout the country', 'in high-risk environments', 'before any mission travel',
    'as the security situation requires', 'with the other members of the network',
  ],
  openers: [
    'Without prejudice to the above', 'In this regard', 'Where the situation so requires', 'In exceptional circumstances', 'For this purpose',
    'Within available resources', 'Subject to the approval of the network', 'In all cases', 'As a general rule', 'Pending a further review',
  ],
  periods: ['days', 'weeks', 'months', 'hours'],
  heading: [
    'scope', 'purpose', 'application', 'principles', 'definitions', 'responsibilities', 'procedures', 'implementation', 'compliance', 'review',
    'coordination', 'training', 'reporting', 'funding', 'monitoring', 'communications', 'premises', 'personnel', 'travel', 'assessment',
  ],
  headingQualifier: ['general', 'specific', 'operational', 'additional', 'final', 'interim', 'common', 'field', 'regional', 'administrative'],
  items: [
    'the determination of acceptable risk', 'the provision of adequate resources', 'the development of security procedures', 'the training of personnel',
    'the review of security arrangements', 'the designation of focal points', 'the maintenance of communications', 'the recording of incidents',
    'the protection of premises and assets', 'the coordination with host authorities',
  ],
  cells: ['Low', 'Moderate', 'Substantial', 'High', 'Extreme', 'Routine', 'Urgent', 'Annual', 'Quarterly', 'Monthly', 'Weekly', 'Required', 'Optional'],
  tableColumns: ['Level', 'Measure', 'Responsible', 'Time limit', 'Review'],
} as const;

// ---------------------------------------------------------------- French

const FR = {
  subjects: [
    'le responsable désigné', 'l’équipe de gestion de la sécurité', 'chaque organisation', 'le conseiller principal pour la sécurité', 'le coordonnateur de zone',
    'l’équipe de pays', 'le point focal pour la sécurité', 'le chef de bureau', 'le groupe directeur', 'le groupe de travail', 'chaque organisation membre',
    'le bureau régional de sécurité', 'le responsable principal de la sécurité', 'la cellule de crise', 'l’agent de permanence', 'l’agent de liaison',
    'le Secrétaire général adjoint', 'la cellule de sécurité', 'le bureau extérieur', 'la section de la sécurité de la mission',
  ],
  objects: [
    'le plan de sécurité', 'l’évaluation des risques', 'la liste du personnel', 'le système de communications d’urgence', 'les dispositions de réinstallation',
    'la procédure d’autorisation de sécurité', 'les mesures de sécurité résidentielle', 'l’inspection des locaux', 'le rapport d’incident', 'l’avis aux voyageurs',
    'le niveau de sécurité', 'l’examen de conformité', 'le registre de formation', 'le réseau de gardes', 'le stock de réserve', 'le plan d’évacuation',
    'les normes opérationnelles', 'le budget à frais partagés', 'les informations de sécurité', 'les mesures d’atténuation', 'le contrôle des accès',
    'les procédures de convoi', 'les évacuations sanitaires', 'les services de soutien psychologique', 'les cartes d’identité',
  ],
  verbs: [
    ['examiner', 'examine'], ['tenir à jour', 'tient à jour'], ['approuver', 'approuve'], ['établir', 'établit'], ['actualiser', 'actualise'],
    ['mettre en œuvre', 'met en œuvre'], ['suivre', 'suit'], ['coordonner', 'coordonne'], ['communiquer', 'communique'], ['évaluer', 'évalue'],
    ['appuyer', 'appuie'], ['préparer', 'prépare'], ['renforcer', 'renforce'], ['valider', 'valide'], ['transmettre', 'transmet'],
  ],
  places: [
    'au lieu d’affectation', 'dans chaque zone désignée', 'au sein du système de gestion de la sécurité', 'au siège et sur le terrain',
    'conformément aux politiques applicables', 'en consultation avec le gouvernement hôte', 'pour l’ensemble du personnel et des personnes à charge',
    'sous l’autorité du responsable désigné', 'dans tout le pays', 'dans les environnements à haut risque', 'avant tout voyage en mission',
    'selon ce que la situation exige', 'avec les autres membres du réseau',
  ],
  openers: [
    'Sans préjudice de ce qui précède', 'À cet égard', 'Lorsque la situation l’exige', 'Dans des circonstances exceptionnelles', 'À cette fin',
    'Dans la limite des ressources disponibles', 'Sous réserve de l’approbation du réseau', 'Dans tous les cas', 'En règle générale', 'En attendant un nouvel examen',
  ],
  periods: ['jours', 'semaines', 'mois', 'heures'],
  heading: [
    'champ d’application', 'objet', 'application', 'principes', 'définitions', 'responsabilités', 'procédures', 'mise en œuvre', 'conformité', 'examen',
    'coordination', 'formation', 'rapports', 'financement', 'suivi', 'communications', 'locaux', 'personnel', 'voyages', 'évaluation',
  ],
  headingQualifier: ['généralités', 'dispositions particulières', 'aspects opérationnels', 'dispositions complémentaires', 'dispositions finales', 'mesures provisoires', 'dispositions communes', 'terrain', 'échelon régional', 'questions administratives'],
  items: [
    'la détermination du risque acceptable', 'la fourniture de ressources suffisantes', 'l’élaboration des procédures de sécurité', 'la formation du personnel',
    'l’examen des dispositions de sécurité', 'la désignation des points focaux', 'le maintien des communications', 'l’enregistrement des incidents',
    'la protection des locaux et des biens', 'la coordination avec les autorités du pays hôte',
  ],
  cells: ['Faible', 'Modéré', 'Notable', 'Élevé', 'Extrême', 'Courant', 'Urgent', 'Annuel', 'Trimestriel', 'Mensuel', 'Hebdomadaire', 'Obligatoire', 'Facultatif'],
  tableColumns: ['Niveau', 'Mesure', 'Responsable', 'Délai', 'Examen'],
} as const;

/** Two different items; the draws depend only on the list's length, so parallel lists give parallel picks. */
function pickTwo<T>(rng: Rng, items: readonly T[]): [T, T] {
  const i = rng.int(0, items.length - 1);
  const j = (i + 1 + rng.int(0, items.length - 2)) % items.length;
  return [items[i]!, items[j]!];
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Number of words of a text, as a reader would count them. */
export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function englishSentence(rng: Rng, extras: Extras): string {
  const [subject, other] = pickTwo(rng, EN.subjects);
  const [object, second] = pickTwo(rng, EN.objects);
  const o = extras.acronym ? `the ${extras.acronym}` : object;
  const [base, third, gerund] = rng.pick(EN.verbs);
  if (extras.figure !== undefined) {
    const n = extras.figure;
    switch (rng.int(0, 2)) {
      case 0:
        return `${capitalize(subject)} shall ${base} ${o} within ${n} ${rng.pick(EN.periods)} ${rng.pick(EN.places)}.`;
      case 1:
        return `At least ${n} per cent of ${o} shall be reviewed ${rng.pick(EN.places)}.`;
      default:
        return `${capitalize(subject)} ${third} ${o} every ${n} ${rng.pick(EN.periods)}.`;
    }
  }
  switch (rng.int(0, 3)) {
    case 0:
      return `${capitalize(subject)} shall ${base} ${o} ${rng.pick(EN.places)}.`;
    case 1:
      return `${rng.pick(EN.openers)}, ${subject} ${third} ${o} ${rng.pick(EN.places)}.`;
    case 2:
      return `${capitalize(subject)} is responsible for ${gerund} ${o} and ${second}.`;
    default:
      return `${capitalize(subject)} and ${other} shall ${base} ${o}.`;
  }
}

/** "de" before a French word: "d’approuver", "du plan", "des mesures", "de la liste". */
function de(word: string): string {
  if (/^[aeéèiouœ]/i.test(word)) return `d’${word}`;
  if (word.startsWith('le ')) return `du ${word.slice(3)}`;
  if (word.startsWith('les ')) return `des ${word.slice(4)}`;
  return `de ${word}`;
}

function frenchSentence(rng: Rng, extras: Extras): string {
  const [s, other] = pickTwo(rng, FR.subjects);
  const [object, second] = pickTwo(rng, FR.objects);
  const o = extras.acronym ? `le ${extras.acronym}` : object;
  const [inf, third] = rng.pick(FR.verbs);
  if (extras.figure !== undefined) {
    const n = extras.figure;
    switch (rng.int(0, 2)) {
      case 0:
        return `${capitalize(s)} doit ${inf} ${o} dans un délai de ${n} ${rng.pick(FR.periods)} ${rng.pick(FR.places)}.`;
      case 1:
        return `Au moins ${n} pour cent ${de(o)} sont examinés ${rng.pick(FR.places)}.`;
      default:
        return `${capitalize(s)} ${third} ${o} tous les ${n} ${rng.pick(FR.periods)}.`;
    }
  }
  switch (rng.int(0, 3)) {
    case 0:
      return `${capitalize(s)} doit ${inf} ${o} ${rng.pick(FR.places)}.`;
    case 1:
      return `${rng.pick(FR.openers)}, ${s} ${third} ${o} ${rng.pick(FR.places)}.`;
    case 2:
      return `${capitalize(s)} est chargé ${de(inf)} ${o} et ${second}.`;
    default:
      return `${capitalize(s)} et ${other} doivent ${inf} ${o}.`;
  }
}

export function sentence(rng: Rng, lang: Lang, extras: Extras = {}): string {
  return lang === 'en' ? englishSentence(rng, extras) : frenchSentence(rng, extras);
}

/**
 * A run of sentences. Both languages make the same draws from the generator, so
 * the same seed gives an English paragraph and its French counterpart sentence by
 * sentence. The figure and the acronym, when given, go into the first sentence.
 */
export function prose(rng: Rng, lang: Lang, sentences: number, extras: Extras = {}): string {
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, sentences); i++) out.push(sentence(rng, lang, i === 0 ? extras : {}));
  return out.join(' ');
}

/** Distinct sub-items of a paragraph (bullets), without their final punctuation. */
export const listItems = (rng: Rng, lang: Lang, count: number) => rng.sample(lang === 'en' ? EN.items : FR.items, count);

/** Words of a part heading: "RESPONSIBILITIES AND COMPLIANCE" / "Responsabilités et conformité". */
export function headingWords(rng: Rng, lang: Lang): string {
  const v = lang === 'en' ? EN : FR;
  const a = rng.pick(v.heading);
  const b = rng.pick(v.headingQualifier);
  return lang === 'en' ? `${capitalize(a)}: ${b} provisions` : `${capitalize(a)} : ${b}`;
}

export const tableColumns = (lang: Lang): readonly string[] => (lang === 'en' ? EN.tableColumns : FR.tableColumns);
export const tableCell = (rng: Rng, lang: Lang) => rng.pick(lang === 'en' ? EN.cells : FR.cells);
export const tableSubject = (rng: Rng, lang: Lang) => capitalize(rng.pick(lang === 'en' ? EN.subjects : FR.subjects));
export const tableObject = (rng: Rng, lang: Lang) => capitalize(rng.pick(lang === 'en' ? EN.objects : FR.objects));

/** Roman numerals, for part headings and Manual chapters. */
export function roman(n: number): string {
  const digits: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of digits) while (n >= value) {
    out += letters;
    n -= value;
  }
  return out;
}

/** Kebab-case id from words: "Air Travel Policy" → "air-travel-policy". */
export function kebab(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A responsibility as the Framework's annex prints one: "Reviews the security plan at the duty station;". */
export function responsibility(rng: Rng): string {
  const [, third] = rng.pick(EN.verbs);
  return `${capitalize(third)} ${rng.pick(EN.objects)} ${rng.pick(EN.places)}`;
}
