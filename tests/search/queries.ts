/**
 * What a reader types into search, and the page that must answer it. The
 * search-quality test runs each query against the built index in a browser
 * and reports the share met: every `first` must be first, and at least 90 %
 * of the `top3` pages must be among the first three results.
 */
export interface SearchQuery {
  lang: 'en' | 'fr';
  query: string;
  /** The page a reader means. */
  first: string;
  /** Other pages that belong in the first three: for a role, the Handbook part a reader of the old Handbook knows it by; for an old part, what replaced it. */
  top3?: string[];
  /** What kind of query this is, so the set keeps its balance. */
  kind: 'name' | 'acronym' | 'question' | 'handbook' | 'typo' | 'version';
}

export const queries: SearchQuery[] = [
  // Roles by name, acronym and typo.
  { lang: 'en', kind: 'name', query: 'designated official', first: '/roles/designated-official/', top3: ['/transition/fsh-v-a-a/'] },
  { lang: 'en', kind: 'question', query: 'designated official accountable', first: '/roles/designated-official/', top3: ['/policies/framework-for-accountability/'] },
  { lang: 'en', kind: 'typo', query: 'desginated oficial', first: '/roles/designated-official/' },
  { lang: 'en', kind: 'acronym', query: 'DO', first: '/roles/designated-official/' },
  { lang: 'en', kind: 'name', query: 'security management team', first: '/roles/security-management-team/', top3: ['/transition/fsh-v-a-c/'] },
  { lang: 'en', kind: 'acronym', query: 'SMT', first: '/roles/security-management-team/' },
  { lang: 'en', kind: 'name', query: 'warden', first: '/roles/warden/', top3: ['/transition/fsh-v-a-f/'] },
  { lang: 'en', kind: 'typo', query: 'wardan', first: '/roles/warden/' },
  { lang: 'en', kind: 'name', query: 'chief security adviser', first: '/roles/chief-security-adviser/', top3: ['/transition/fsh-v-a-d-i/'] },
  { lang: 'en', kind: 'acronym', query: 'CSA', first: '/roles/chief-security-adviser/' },
  { lang: 'en', kind: 'name', query: 'area security coordinator', first: '/roles/area-security-coordinator/', top3: ['/transition/fsh-v-a-e/'] },
  { lang: 'en', kind: 'typo', query: 'area security cordinator', first: '/roles/area-security-coordinator/' },
  { lang: 'en', kind: 'acronym', query: 'EGS', first: '/roles/executive-group-on-security/', top3: ['/policies/egs-terms-of-reference/'] },
  { lang: 'en', kind: 'name', query: 'under-secretary-general for safety and security', first: '/roles/under-secretary-general-for-safety-and-security/' },
  { lang: 'en', kind: 'name', query: 'country security focal point', first: '/roles/country-security-focal-point/' },
  { lang: 'en', kind: 'question', query: 'who appoints wardens', first: '/roles/warden/' },
  // Policies by name, acronym and typo.
  { lang: 'en', kind: 'name', query: 'framework for accountability', first: '/policies/framework-for-accountability/' },
  { lang: 'en', kind: 'typo', query: 'framwork for acountability', first: '/policies/framework-for-accountability/' },
  { lang: 'en', kind: 'name', query: 'security level system', first: '/policies/security-level-system/' },
  { lang: 'en', kind: 'acronym', query: 'SLS', first: '/policies/security-level-system/' },
  { lang: 'en', kind: 'typo', query: 'securty level sytem', first: '/policies/security-level-system/' },
  { lang: 'en', kind: 'acronym', query: 'MOSS', first: '/policies/minimum-operating-security-standards/', top3: ['/policies/moss-guidelines-2009/'] },
  { lang: 'en', kind: 'name', query: 'minimum operating security standards', first: '/policies/minimum-operating-security-standards/' },
  { lang: 'en', kind: 'acronym', query: 'MORSS', first: '/policies/minimum-operating-residential-security-standards/' },
  { lang: 'en', kind: 'name', query: 'security risk management', first: '/policies/security-risk-management-policy/', top3: ['/policies/security-risk-management-guidelines/'] },
  { lang: 'en', kind: 'acronym', query: 'SRM', first: '/policies/security-risk-management-policy/' },
  { lang: 'en', kind: 'name', query: 'saving lives together', first: '/policies/saving-lives-together/' },
  { lang: 'en', kind: 'typo', query: 'saveing lives togther', first: '/policies/saving-lives-together/' },
  { lang: 'en', kind: 'name', query: 'use of force', first: '/policies/use-of-force-policy/' },
  { lang: 'en', kind: 'name', query: 'programme criticality', first: '/policies/programme-criticality/' },
  { lang: 'en', kind: 'typo', query: 'program criticality', first: '/policies/programme-criticality/' },
  { lang: 'en', kind: 'name', query: 'arming of security personnel', first: '/policies/arming-of-security-personnel/' },
  { lang: 'en', kind: 'name', query: 'air travel policy', first: '/policies/unsms-air-travel-policy/' },
  { lang: 'en', kind: 'name', query: 'IASMN terms of reference', first: '/policies/iasmn-terms-of-reference/' },
  { lang: 'en', kind: 'question', query: 'what replaced the security phases', first: '/transition/fsh-v-e/', top3: ['/policies/security-level-system/'] },
  { lang: 'en', kind: 'name', query: 'security clearance', first: '/policies/security-clearances-trip-policy/', top3: ['/transition/fsh-security-clearance/'] },
  { lang: 'en', kind: 'acronym', query: 'TRIP', first: '/policies/security-clearances-trip-policy/' },
  // Old Handbook references.
  { lang: 'en', kind: 'handbook', query: 'field security handbook', first: '/policies/field-security-handbook/', top3: ['/transition/'] },
  { lang: 'en', kind: 'handbook', query: 'FSH', first: '/policies/field-security-handbook/', top3: ['/transition/'] },
  { lang: 'en', kind: 'handbook', query: 'phase 5 evacuation', first: '/transition/fsh-v-e-phase-5/', top3: ['/policies/security-level-system/'] },
  { lang: 'en', kind: 'handbook', query: 'security phases', first: '/transition/fsh-v-e/' },
  { lang: 'en', kind: 'handbook', query: 'country specific security plan', first: '/transition/fsh-v-b/' },
  { lang: 'en', kind: 'handbook', query: 'FSH chapter V', first: '/transition/fsh-v/' },
  { lang: 'en', kind: 'handbook', query: 'FSH 5.1', first: '/transition/fsh-v-a-a/' },
  // Versions, comparisons and decisions.
  { lang: 'en', kind: 'version', query: 'compare 2008 2009', first: '/policies/framework-for-accountability/compare/2008/2009/' },
  { lang: 'en', kind: 'version', query: 'framework for accountability 2009', first: '/policies/framework-for-accountability/versions/2009/', top3: ['/policies/framework-for-accountability/'] },
  { lang: 'en', kind: 'version', query: 'IASMN Vienna 2010', first: '/history/2010-06-vienna/' },
  { lang: 'en', kind: 'typo', query: 'Viena 2010', first: '/history/2010-06-vienna/' },
  // French.
  { lang: 'fr', kind: 'name', query: 'responsable désigné', first: '/fr/roles/designated-official/' },
  { lang: 'fr', kind: 'typo', query: 'responsable designe', first: '/fr/roles/designated-official/' },
  { lang: 'fr', kind: 'name', query: 'cadre de responsabilisation', first: '/fr/policies/framework-for-accountability/versions/2009/' },
  { lang: 'fr', kind: 'name', query: 'coordonnateur d’îlot', first: '/fr/roles/warden/' },
  { lang: 'fr', kind: 'name', query: 'équipe de coordination du dispositif de sécurité', first: '/fr/roles/security-management-team/' },
  { lang: 'fr', kind: 'acronym', query: 'SMT', first: '/fr/roles/security-management-team/' },
  { lang: 'fr', kind: 'name', query: 'mandat de l’IASMN', first: '/fr/policies/iasmn-terms-of-reference/' },
  { lang: 'fr', kind: 'name', query: 'conseiller en chef pour les questions de sécurité', first: '/fr/roles/chief-security-adviser/' },
  { lang: 'fr', kind: 'typo', query: 'coordonateur de zone', first: '/fr/roles/area-security-coordinator/' },
  { lang: 'fr', kind: 'name', query: 'niveaux de sécurité', first: '/fr/policies/security-level-system/' },
  { lang: 'fr', kind: 'name', query: 'glossaire', first: '/fr/glossary/' },
  { lang: 'fr', kind: 'question', query: 'qui nomme les coordonnateurs d’îlot', first: '/fr/roles/warden/' },
];
