/**
 * The register of documents against the five reports. Every policy, guideline, manual, SOP, terms of
 * reference, agreement, framework, standard or programme that a report names as existing or planned is
 * either a register entry (content/policies/<id>/) or left out here, with the reason.
 *
 * - `named`: what the reports name, report by report, in the order printed, with the register id where
 *   there is one. `name` is the name the register knows (its title, short title or one of its `namedAs`);
 *   `quote` is given where the report prints other words, and those words are checked instead.
 * - `leftOut`: what is not in the register, and why.
 *
 * A source is "<document id> para N", "<document id> annex X [para N]" or "<document id> summary" (the
 * 2016 report's Executive Summary, which has no paragraph numbers). Each name occurs only once in `named`
 * per paragraph; an instrument named again later is listed again only where the later report names it
 * differently or adds to what is known.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../src/lib/readings.ts';
import { readRecords } from '../helpers/records.ts';
import { describeWithSeeds, plain, readSeed, SEED_OF_DOCUMENT } from '../helpers/seeds.ts';

interface Named {
  name: string;
  source: string;
  /** Register id (content/policies/<id>/); none where the instrument is left out. */
  id?: string;
  /** The words printed in the paragraph, where they differ from `name`. */
  quote?: string;
}

interface LeftOut {
  name: string;
  source: string;
  quote?: string;
  reason: string;
}

// Reasons shared by several rows.
const TRAINING = 'a training course or training programme: the register holds texts; training is in it only where the IASMN endorsed a system-wide programme (WSAT)';
const STRATEGY = 'a strategy or plan of work, not a policy text';
const SYSTEM = 'an information system or tool, not a policy text';
const EXTERNAL = 'an external document, not part of the UNSMS policy framework';

// prettier-ignore
const named: Named[] = [
  // Turin, October 2007 (CEB/2008/HLCM/3)
  { name: 'security risk assessment model', source: 'ceb-2008-hlcm-3 para 2' },
  { name: 'Basic Security in the Field CD ROM', source: 'ceb-2008-hlcm-3 para 4' },
  { name: 'SSAFE training programme', source: 'ceb-2008-hlcm-3 para 5' },
  { name: '3-5 year security training strategy', source: 'ceb-2008-hlcm-3 para 8' },
  { name: 'System of accountability for stress counsellors', source: 'ceb-2008-hlcm-3 para 10', id: 'stress-counsellors-accountability-system', quote: 'a system of accountability be developed for the stress counsellors' },
  { name: 'best practices document', source: 'ceb-2008-hlcm-3 para 13' },
  { name: 'framework for accountability', source: 'ceb-2008-hlcm-3 para 16', id: 'framework-for-accountability' },
  { name: 'Security Operations Manual', source: 'ceb-2008-hlcm-3 para 23', id: 'security-operations-manual' },
  { name: 'Field Security Handbook', source: 'ceb-2008-hlcm-3 para 23', id: 'field-security-handbook' },
  { name: 'Policies of the United Nations Security Management System', source: 'ceb-2008-hlcm-3 para 23', id: 'security-policy-manual' },
  { name: 'A/57/365', source: 'ceb-2008-hlcm-3 para 26' },
  { name: 'MOSS', source: 'ceb-2008-hlcm-3 para 34', id: 'minimum-operating-security-standards' },
  { name: 'Strategic Framework', source: 'ceb-2008-hlcm-3 para 37' },

  // Washington, February 2008 (CEB/2008/HLCM/5)
  { name: 'Risk Management Strategy', source: 'ceb-2008-hlcm-5 para 9', id: 'risk-management-strategy-framework' },
  { name: 'Framework for Accountability', source: 'ceb-2008-hlcm-5 para 11', id: 'framework-for-accountability' },
  { name: 'Security and Risk Management: A Guide for UN Managers', source: 'ceb-2008-hlcm-5 para 12', id: 'security-risk-management-guide', quote: 'a very useful guide prepared by UNICEF' },
  { name: 'Common framework for risk management strategy', source: 'ceb-2008-hlcm-5 para 12', id: 'risk-management-strategy-framework', quote: 'a common framework for risk management strategy' },
  { name: 'Minimum Operating Security Standards', source: 'ceb-2008-hlcm-5 para 12', id: 'minimum-operating-security-standards' },
  { name: 'Enterprise Risk Management/Business Continuity Planning', source: 'ceb-2008-hlcm-5 para 13' },
  { name: 'CCA/UNDAF and CHAP/CAP', source: 'ceb-2008-hlcm-5 para 14' },
  { name: 'Information Sharing Protocols', source: 'ceb-2008-hlcm-5 para 16', id: 'information-sharing-protocols' },
  { name: 'terms of reference and remits for these entities', source: 'ceb-2008-hlcm-5 para 18' },
  { name: 'highly focused training programme', source: 'ceb-2008-hlcm-5 para 19' },
  { name: 'stand-by agreements', source: 'ceb-2008-hlcm-5 para 23' },
  { name: 'supplementary agreements', source: 'ceb-2008-hlcm-5 para 24' },
  { name: 'Model Host Country Security Agreement', source: 'ceb-2008-hlcm-5 para 24', id: 'model-host-country-security-agreement', quote: 'circulate a model agreement' },
  { name: 'development of standards', source: 'ceb-2008-hlcm-5 para 26' },
  { name: 'country level agreements signed between the United Nations and the host country', source: 'ceb-2008-hlcm-5 para 26' },
  { name: 'human resources strategy', source: 'ceb-2008-hlcm-5 para 29' },
  { name: 'Framework agreement on the exchange of security personnel among UN system organizations', source: 'ceb-2008-hlcm-5 para 29', id: 'security-personnel-exchange-framework-agreement', quote: 'prepare a framework agreement for this purpose' },
  { name: 'MOSS country appraisal compliance rating system', source: 'ceb-2008-hlcm-5 para 30' },
  { name: 'Minimum Operating Residential Security Standards (MORSS)', source: 'ceb-2008-hlcm-5 para 31', id: 'minimum-operating-residential-security-standards' },
  { name: 'Memorandum of Understanding', source: 'ceb-2008-hlcm-5 annex C' },
  { name: 'country-specific security plan', source: 'ceb-2008-hlcm-5 annex C' },
  { name: 'Security and Risk Management: A Guide for UN Managers', source: 'ceb-2008-hlcm-5 annex D', id: 'security-risk-management-guide' },

  // London, August 2009 (CEB/2009/HLCM/23/Rev.1)
  { name: 'action plan proposed by DSS for implementation of CEB decisions', source: 'ceb-2009-hlcm-23-rev-1 para 2' },
  { name: 'Saving Lives Together', source: 'ceb-2009-hlcm-23-rev-1 para 4', id: 'saving-lives-together' },
  { name: 'Framework for Accountability', source: 'ceb-2009-hlcm-23-rev-1 para 6', id: 'framework-for-accountability' },
  { name: 'Security Policy Manual', source: 'ceb-2009-hlcm-23-rev-1 para 8', id: 'security-policy-manual', quote: 'draft of replacement for Field Security Handbook' },
  { name: 'Detailed guidelines for application of the new MOSS as approved by the CEB April 2009', source: 'ceb-2009-hlcm-23-rev-1 para 10', id: 'moss-guidelines-2009', quote: 'new MOSS guidelines' },
  { name: 'new UN SRM/SRA', source: 'ceb-2009-hlcm-23-rev-1 para 10' },
  { name: 'UN Premises Safety and Security Policy', source: 'ceb-2009-hlcm-23-rev-1 para 11', id: 'un-premises-safety-and-security-policy', quote: 'UN Policies and Guidelines for Estate Safety and Security' },
  { name: 'Blast assessment technical guidelines', source: 'ceb-2009-hlcm-23-rev-1 para 12', id: 'blast-assessment-technical-guidelines', quote: 'draft technical guidelines developed by the Blast Assessment Working Group' },
  { name: 'long-term strategy for managing the safety and security of UN estates', source: 'ceb-2009-hlcm-23-rev-1 para 12' },
  { name: 'action plan with cost implications', source: 'ceb-2009-hlcm-23-rev-1 para 13' },
  { name: 'programme developed by IFAD', source: 'ceb-2009-hlcm-23-rev-1 para 14' },
  { name: 'IASMN Terms of Reference', source: 'ceb-2009-hlcm-23-rev-1 para 21', id: 'iasmn-terms-of-reference', quote: 'its Terms of Reference' },
  { name: 'EGS Terms of Reference', source: 'ceb-2009-hlcm-23-rev-1 annex B para 10', id: 'egs-terms-of-reference' },
  { name: 'UNDSS internal framework for accountability', source: 'ceb-2009-hlcm-23-rev-1 annex B para 22', id: 'undss-internal-framework-for-accountability' },
  { name: 'internal framework for accountability documenting individual roles, responsibilities and accountabilities related to safety and security for his/her organization', source: 'ceb-2009-hlcm-23-rev-1 annex B' },
  { name: 'United Nations Security Policy Handbook', source: 'ceb-2009-hlcm-23-rev-1 annex B' },
  { name: '“no programme without security, no security without resources” strategy', source: 'ceb-2009-hlcm-23-rev-1 annex B' },
  { name: 'Memorandum of Understanding with the UN', source: 'ceb-2009-hlcm-23-rev-1 annex C' },

  // Vienna, June 2010 (CEB/2010/HLCM/20)
  { name: 'framework within which the UN could engage with legitimate PMSCs', source: 'ceb-2010-hlcm-20 para 4' },
  { name: 'A/RES/55/232 and A/RES/59/289', source: 'ceb-2010-hlcm-20 para 7' },
  { name: '‘how to stay’ paradigm', source: 'ceb-2010-hlcm-20 para 11' },
  { name: 'UN Revised Use of Force Policy', source: 'ceb-2010-hlcm-20 para 11', id: 'use-of-force-policy', quote: 'use of deadly force policy' },
  { name: 'close protection policy', source: 'ceb-2010-hlcm-20 para 12', id: 'close-protection-operations' },
  { name: 'Training standards for close protection officers', source: 'ceb-2010-hlcm-20 para 12', id: 'close-protection-training-standards', quote: 'training standards for close protection officers' },
  { name: 'Policy on the use of private security companies (PSCs and PMSCs)', source: 'ceb-2010-hlcm-20 para 13', id: 'armed-private-security-companies', quote: 'a policy regarding the use of PSCs and PMSCs' },
  { name: 'code of conduct', source: 'ceb-2010-hlcm-20 para 13' },
  { name: 'guidelines on coordination with host country authorities', source: 'ceb-2010-hlcm-20 para 15' },
  { name: 'programme criticality', source: 'ceb-2010-hlcm-20 para 16', id: 'programme-criticality' },
  { name: 'Common Security Incident Reporting (CSIRS) framework', source: 'ceb-2010-hlcm-20 para 17' },
  { name: 'ISECT Policy', source: 'ceb-2010-hlcm-20 para 26', id: 'security-clearances-trip-policy', quote: 'ISECT be used as the universal travel notification tool' },
  { name: 'Appendix D', source: 'ceb-2010-hlcm-20 para 24' },
  { name: 'policy to ensure that individuals accused of having committed human rights violations were not deployed', source: 'ceb-2010-hlcm-20 para 42' },
  { name: 'National Security Staff Screening and Vetting Policy', source: 'ceb-2010-hlcm-20 para 44', id: 'national-security-staff-screening-and-vetting-policy', quote: 'presented a draft policy it had developed' },
  { name: 'existing UN policies and DFS guidance on reference checks', source: 'ceb-2010-hlcm-20 para 44' },
  { name: 'information brochures on security-related entitlements and benefits', source: 'ceb-2010-hlcm-20 para 49' },
  { name: 'basket of mitigation measures and best practices', source: 'ceb-2010-hlcm-20 para 64' },
  { name: 'SLS', source: 'ceb-2010-hlcm-20 para 71', id: 'security-level-system' },
  { name: '‘Security Management Decision Making and the SLS’ submission to HLCM', source: 'ceb-2010-hlcm-20 para 72' },
  { name: 'managed reassignment program', source: 'ceb-2010-hlcm-20 para 81' },
  { name: 'standard format for the country level security cost-shared budget', source: 'ceb-2010-hlcm-20 para 110' },
  { name: 'Operational Guidelines on the country security cost-shared budget', source: 'ceb-2010-hlcm-20 para 110', id: 'cost-shared-security-budget-operational-guidelines', quote: 'existing Operational Guidelines on this issue' },
  { name: 'CAP and Flash Appeal Process, as well as revolving funds such as the CERF', source: 'ceb-2010-hlcm-20 para 122' },
  { name: 'UNSMS Policy Manual', source: 'ceb-2010-hlcm-20 para 126', id: 'security-policy-manual' },
  { name: 'Security Operations Manual', source: 'ceb-2010-hlcm-20 para 127', id: 'security-operations-manual' },
  { name: 'guidelines, if not standards', source: 'ceb-2010-hlcm-20 para 132' },
  { name: 'UN Premises Safety and Security Policy', source: 'ceb-2010-hlcm-20 para 134', id: 'un-premises-safety-and-security-policy' },
  { name: 'Guidelines on mental health and psychological support in emergency settings', source: 'ceb-2010-hlcm-20 para 137' },
  { name: 'automated MOSS Self Assessment Programme', source: 'ceb-2010-hlcm-20 para 144' },
  { name: 'Investigation Procedures', source: 'ceb-2010-hlcm-20 para 158' },
  { name: 'Investigations Manual', source: 'ceb-2010-hlcm-20 para 158', id: 'investigations-manual' },
  { name: 'Close Protection Operations', source: 'ceb-2010-hlcm-20 para 158', id: 'close-protection-operations' },
  { name: 'Weapons Manual', source: 'ceb-2010-hlcm-20 para 158', id: 'weapons-manual' },
  { name: 'Security & Safety Access Control System and ID cards Standardization', source: 'ceb-2010-hlcm-20 para 158' },
  { name: 'Guidelines for External Conferences and Events', source: 'ceb-2010-hlcm-20 para 158', id: 'guidelines-for-external-conferences-and-events' },
  { name: 'manual on investigations', source: 'ceb-2010-hlcm-20 para 170', id: 'investigations-manual' },
  { name: 'UN Fire Prevention Standards', source: 'ceb-2010-hlcm-20 para 169', id: 'fire-prevention-standards' },
  { name: 'Road and Driving Safety Standards', source: 'ceb-2010-hlcm-20 para 169', id: 'road-and-driving-safety-standards' },
  { name: 'UN Revised Use of Force Policy', source: 'ceb-2010-hlcm-20 para 170', id: 'use-of-force-policy', quote: 'the draft Use of Force Policy' },
  { name: 'Women Security Awareness Training (WSAT)', source: 'ceb-2010-hlcm-20 para 171', id: 'women-security-awareness-training' },
  { name: 'standardized procedures and/or policies on managing sexual assault', source: 'ceb-2010-hlcm-20 para 172' },
  { name: 'special manual for women’s security', source: 'ceb-2010-hlcm-20 para 176' },
  { name: 'BSITF and ASITF', source: 'ceb-2010-hlcm-20 para 176' },
  { name: 'existing guidelines for the security of women', source: 'ceb-2010-hlcm-20 para 182' },
  { name: 'Saving Lives Together', source: 'ceb-2010-hlcm-20 para 186', id: 'saving-lives-together' },
  { name: 'administrative instruction on safe driving practices', source: 'ceb-2010-hlcm-20 para 187' },
  { name: 'policy on safe driving', source: 'ceb-2010-hlcm-20 para 188', id: 'road-safety-policy' },
  { name: 'standards established on water safety', source: 'ceb-2010-hlcm-20 para 190' },
  { name: 'Host Country Security Agreement', source: 'ceb-2010-hlcm-20 para 191', id: 'model-host-country-security-agreement' },

  // New York, February 2016 (IASMN 23rd session, final report)
  { name: 'new strategy of the Secretary-General on counterterrorism', source: 'iasmn-23-final-report para 4' },
  { name: 'UNDSS HR strategy', source: 'iasmn-23-final-report para 18' },
  { name: 'BSITF and ASITF', source: 'iasmn-23-final-report para 25' },
  { name: 'SRM guidelines', source: 'iasmn-23-final-report para 33', id: 'security-risk-management-guidelines', quote: 'UNSMS) policy, guidelines, E-tool and training on Security Risk Management' },
  { name: 'MOSS policy', source: 'iasmn-23-final-report para 33', id: 'minimum-operating-security-standards' },
  { name: 'SRM policy', source: 'iasmn-23-final-report para 39', id: 'security-risk-management-policy' },
  { name: 'SRM guidelines', source: 'iasmn-23-final-report para 41', id: 'security-risk-management-guidelines', quote: 'additional guidelines were produced' },
  { name: 'Security Certification Programme (SCP)', source: 'iasmn-23-final-report para 46' },
  { name: 'Gender and Safety Strategy', source: 'iasmn-23-final-report para 48' },
  { name: 'RC/HC training programme', source: 'iasmn-23-final-report para 54' },
  { name: 'WSAT', source: 'iasmn-23-final-report para 54', id: 'women-security-awareness-training' },
  { name: 'programme criticality', source: 'iasmn-23-final-report para 56', id: 'programme-criticality' },
  { name: 'Guidelines for Women Be Safe, Be Secure', source: 'iasmn-23-final-report para 59', id: 'women-be-safe-be-secure-guidelines' },
  { name: 'Concept Note', source: 'iasmn-23-final-report para 60' },
  { name: 'DSS gender strategy', source: 'iasmn-23-final-report para 61' },
  { name: 'Gender Inclusion in Security Management', source: 'iasmn-23-final-report para 63', id: 'gender-inclusion-in-security-management' },
  { name: 'Immediate Response to Gender Based Security Incidents', source: 'iasmn-23-final-report para 64', id: 'immediate-response-to-gender-based-security-incidents' },
  { name: 'Armed Private Security Companies Policy', source: 'iasmn-23-final-report para 68', id: 'armed-private-security-companies' },
  { name: 'ICoCA certification', source: 'iasmn-23-final-report para 69' },
  { name: 'UPSS policy', source: 'iasmn-23-final-report para 73', id: 'unarmed-private-security-services' },
  { name: 'UPSS guidelines', source: 'iasmn-23-final-report para 74', id: 'unarmed-private-security-services-guidelines' },
  { name: 'Scope of Work', source: 'iasmn-23-final-report para 75' },
  { name: 'Arming of Security Personnel', source: 'iasmn-23-final-report para 95', id: 'arming-of-security-personnel' },
  { name: 'awareness residential security tool', source: 'iasmn-23-final-report para 101' },
  { name: 'UNSMS Road Safety Policy', source: 'iasmn-23-final-report para 104', id: 'road-safety-policy' },
  { name: 'UNSMS Road Safety Strategy', source: 'iasmn-23-final-report summary' },
  { name: 'Security Crisis Management in the Field', source: 'iasmn-23-final-report para 112', id: 'security-crisis-management-policy', quote: 'the policy draft' },
  { name: 'SPM chapter: Introduction', source: 'iasmn-23-final-report para 118', id: 'spm-chapter-introduction', quote: 'information sensitivity, and the introduction' },
  { name: 'SPM chapter on information sensitivity', source: 'iasmn-23-final-report para 120', id: 'spm-chapter-information-sensitivity', quote: 'one-page policy for security information' },
  { name: 'SG\'s directive on Classification and Information Sensitivity', source: 'iasmn-23-final-report para 120' },
  { name: 'SPM chapter on the role of DSS (ST/SGB/13)', source: 'iasmn-23-final-report para 120', id: 'spm-chapter-role-of-dss', quote: 'ST/SGB/13 as the new Chapter of the SPM on the role of DSS' },
  { name: 'UNSMS Governance Framework', source: 'iasmn-23-final-report para 129', id: 'unsms-governance-framework', quote: 'governance Framework for UNSMS' },
  { name: 'UNDSS governance framework', source: 'iasmn-23-final-report para 121', id: 'undss-governance-framework', quote: 'a similar document being drafted for UNDSS' },
  { name: 'guidelines on Residential Security Measures', source: 'iasmn-23-final-report para 122', id: 'residential-security-measures-guidelines' },
  { name: 'UNDSS communique issued in 2015', source: 'iasmn-23-final-report para 123' },
  { name: 'TRIP policy', source: 'iasmn-23-final-report para 123', id: 'security-clearances-trip-policy', quote: 'TRIP procedures' },
  { name: '10-1-2', source: 'iasmn-23-final-report para 124' },
  { name: 'Emergency Trauma Bags guidance', source: 'iasmn-23-final-report para 125', id: 'emergency-trauma-bags-guidance', quote: 'to provide guidance on first aid approaches in the field' },
  { name: 'Local cost-shared budget guidance', source: 'iasmn-23-final-report summary', id: 'local-cost-shared-security-budget-guidance', quote: 'review and prepare new security policies and guidelines' },
  { name: 'Security Arrangements in OECD countries', source: 'iasmn-23-final-report summary' },
  { name: 'Q&A/FAQ sheet', source: 'iasmn-23-final-report para 129' },
  { name: 'UNSMS Air Travel Policy', source: 'iasmn-23-final-report para 132', id: 'unsms-air-travel-policy' },
  { name: 'Air Travel Operational Guidelines (ATOG)', source: 'iasmn-23-final-report para 132', id: 'air-travel-operational-guidelines' },
  { name: 'Global Identity Management Standards', source: 'iasmn-23-final-report para 142', id: 'global-identity-management-standards', quote: 'technical standards for Global Identity Management' },
  { name: 'draft UNDP matrix', source: 'iasmn-23-final-report para 147' },
  { name: 'guidelines on security management of the common premises', source: 'iasmn-23-final-report para 148', id: 'common-premises-security-management-guidelines' },
  { name: 'SOP on UN Guard Units', source: 'iasmn-23-final-report para 167', id: 'un-guard-units-sop' },
  { name: 'Justice Registry SOP', source: 'iasmn-23-final-report para 167', id: 'justice-registry-sop', quote: 'Justice Registry with the recent completion of a draft SOP' },
];

// prettier-ignore
const leftOut: LeftOut[] = [
  // Methods, systems and tools
  { name: 'security risk assessment model', source: 'ceb-2008-hlcm-3 para 2', reason: 'a method (the SRA process), not a text; the texts on it are in the register (security-risk-management-guide, security-risk-management-policy)' },
  { name: 'new UN SRM/SRA', source: 'ceb-2009-hlcm-23-rev-1 para 10', reason: 'the SRM/SRA process approved by the CEB in April 2009, a method; the report names no text of it, and its MOSS and MOSS guidelines are in the register' },
  { name: 'MOSS country appraisal compliance rating system', source: 'ceb-2008-hlcm-5 para 30', reason: 'a rating method of the DSS Compliance Unit, not a policy text' },
  { name: 'Common Security Incident Reporting (CSIRS) framework', source: 'ceb-2010-hlcm-20 para 17', reason: SYSTEM },
  { name: 'automated MOSS Self Assessment Programme', source: 'ceb-2010-hlcm-20 para 144', reason: SYSTEM },
  { name: 'basket of mitigation measures and best practices', source: 'ceb-2010-hlcm-20 para 64', reason: 'a catalogue of measures DSS was to compile, not a policy text' },
  { name: 'awareness residential security tool', source: 'iasmn-23-final-report para 101', reason: 'an awareness tool (online course, video or other media), not a policy text' },
  { name: 'standard format for the country level security cost-shared budget', source: 'ceb-2010-hlcm-20 para 110', reason: 'a budget form; the Operational Guidelines it goes with are in the register' },
  { name: 'draft UNDP matrix', source: 'iasmn-23-final-report para 147', reason: 'a working template for the common-premises guidelines, which are in the register' },

  // Training
  { name: 'Basic Security in the Field CD ROM', source: 'ceb-2008-hlcm-3 para 4', reason: TRAINING },
  { name: 'SSAFE training programme', source: 'ceb-2008-hlcm-3 para 5', reason: TRAINING },
  { name: 'highly focused training programme', source: 'ceb-2008-hlcm-5 para 19', reason: TRAINING },
  { name: 'programme developed by IFAD', source: 'ceb-2009-hlcm-23-rev-1 para 14', reason: `${TRAINING}; this one is IFAD’s own` },
  { name: 'BSITF and ASITF', source: 'ceb-2010-hlcm-20 para 176', reason: TRAINING },
  { name: 'BSITF and ASITF', source: 'iasmn-23-final-report para 25', reason: TRAINING },
  { name: 'Security Certification Programme (SCP)', source: 'iasmn-23-final-report para 46', reason: TRAINING },
  { name: 'RC/HC training programme', source: 'iasmn-23-final-report para 54', reason: TRAINING },

  // Strategies, plans, reports, papers
  { name: '3-5 year security training strategy', source: 'ceb-2008-hlcm-3 para 8', reason: STRATEGY },
  { name: 'human resources strategy', source: 'ceb-2008-hlcm-5 para 29', reason: `${STRATEGY} (a DSS report whose recommendations are listed); the framework agreement it asks for is in the register` },
  { name: 'long-term strategy for managing the safety and security of UN estates', source: 'ceb-2009-hlcm-23-rev-1 para 12', reason: STRATEGY },
  { name: 'action plan proposed by DSS for implementation of CEB decisions', source: 'ceb-2009-hlcm-23-rev-1 para 2', reason: STRATEGY },
  { name: 'action plan with cost implications', source: 'ceb-2009-hlcm-23-rev-1 para 13', reason: STRATEGY },
  { name: '“no programme without security, no security without resources” strategy', source: 'ceb-2009-hlcm-23-rev-1 annex B', reason: 'a guiding principle quoted in the Framework, not a text of its own' },
  { name: '‘how to stay’ paradigm', source: 'ceb-2010-hlcm-20 para 11', reason: 'a guiding principle endorsed by the CEB, not a text the reports name' },
  { name: 'managed reassignment program', source: 'ceb-2010-hlcm-20 para 81', reason: 'a DSS staffing practice, not a security policy text' },
  { name: 'UNDSS HR strategy', source: 'iasmn-23-final-report para 18', reason: STRATEGY },
  { name: 'Gender and Safety Strategy', source: 'iasmn-23-final-report para 48', reason: `${STRATEGY} (cited as a training resource)` },
  { name: 'DSS gender strategy', source: 'iasmn-23-final-report para 61', reason: `${STRATEGY} (internal to DSS)` },
  { name: 'UNSMS Road Safety Strategy', source: 'iasmn-23-final-report summary', reason: `${STRATEGY}: the working group was still scoping it (para 111); the policy it may lead to is road-safety-policy` },
  { name: 'best practices document', source: 'ceb-2008-hlcm-3 para 13', reason: 'a lessons-learned paper of one mission (MONUC), not a system-wide instrument' },
  { name: 'information brochures on security-related entitlements and benefits', source: 'ceb-2010-hlcm-20 para 49', reason: 'HR Network brochures for staff, not a policy text' },
  { name: '‘Security Management Decision Making and the SLS’ submission to HLCM', source: 'ceb-2010-hlcm-20 para 72', reason: 'a paper to the HLCM explaining the SLS, not a policy text' },
  { name: 'Concept Note', source: 'iasmn-23-final-report para 60', reason: 'a concept note on a Specialist Support Unit, sent to the HLCM; not a policy text' },
  { name: 'Q&A/FAQ sheet', source: 'iasmn-23-final-report para 129', reason: 'an information sheet, not a policy text' },
  { name: 'UNDSS communique issued in 2015', source: 'iasmn-23-final-report para 123', reason: 'a notice reinforcing TRIP procedures; noted in the comments of security-clearances-trip-policy' },

  // External documents
  { name: 'A/57/365', source: 'ceb-2008-hlcm-3 para 26', reason: `${EXTERNAL}: a report of the Secretary-General to the General Assembly` },
  { name: 'Strategic Framework', source: 'ceb-2008-hlcm-3 para 37', reason: `${EXTERNAL}: the UN's biennial programme planning document` },
  { name: 'Enterprise Risk Management/Business Continuity Planning', source: 'ceb-2008-hlcm-5 para 13', reason: 'risk management mechanisms of individual organizations, not UNSMS texts' },
  { name: 'CCA/UNDAF and CHAP/CAP', source: 'ceb-2008-hlcm-5 para 14', reason: `${EXTERNAL}: development and humanitarian planning frameworks` },
  { name: 'country level agreements signed between the United Nations and the host country', source: 'ceb-2008-hlcm-5 para 26', reason: `${EXTERNAL}: each country's agreements with the UN` },
  { name: 'framework within which the UN could engage with legitimate PMSCs', source: 'ceb-2010-hlcm-20 para 4', reason: `${EXTERNAL}: expected from the UN Working Group on Mercenaries and the Swiss Government/ICRC process` },
  { name: 'A/RES/55/232 and A/RES/59/289', source: 'ceb-2010-hlcm-20 para 7', reason: `${EXTERNAL}: General Assembly resolutions` },
  { name: 'Appendix D', source: 'ceb-2010-hlcm-20 para 24', reason: `${EXTERNAL}: the Staff Rules' compensation rules` },
  { name: 'policy to ensure that individuals accused of having committed human rights violations were not deployed', source: 'ceb-2010-hlcm-20 para 42', reason: 'a DPKO-DFS/OHCHR policy for peacekeeping deployments, outside the UNSMS; the screening policy the IASMN considered is national-security-staff-screening-and-vetting-policy' },
  { name: 'existing UN policies and DFS guidance on reference checks', source: 'ceb-2010-hlcm-20 para 44', reason: 'HR rules on recruitment, not named further and not UNSMS texts' },
  { name: 'CAP and Flash Appeal Process, as well as revolving funds such as the CERF', source: 'ceb-2010-hlcm-20 para 122', reason: `${EXTERNAL}: humanitarian funding mechanisms` },
  { name: 'Guidelines on mental health and psychological support in emergency settings', source: 'ceb-2010-hlcm-20 para 137', reason: `${EXTERNAL}: guidelines outside the UNSMS, cited as something to take into account` },
  { name: 'administrative instruction on safe driving practices', source: 'ceb-2010-hlcm-20 para 187', reason: `${EXTERNAL}: a UN Secretariat administrative instruction, with no symbol or title printed` },
  { name: 'new strategy of the Secretary-General on counterterrorism', source: 'iasmn-23-final-report para 4', reason: EXTERNAL },
  { name: 'ICoCA certification', source: 'iasmn-23-final-report para 69', reason: `${EXTERNAL}: the International Code of Conduct Association's certification` },
  { name: 'SG\'s directive on Classification and Information Sensitivity', source: 'iasmn-23-final-report para 120', reason: `${EXTERNAL}: a Secretary-General's directive the IASMN judged outdated; the chapter to be drafted instead is spm-chapter-information-sensitivity` },
  { name: '10-1-2', source: 'iasmn-23-final-report para 124', reason: 'a first-aid approach of peacekeeping, outside the UNSMS, cited for comparison' },

  // Agreements and plans made one by one, not one text
  { name: 'stand-by agreements', source: 'ceb-2008-hlcm-5 para 23', reason: 'agreements DSS might conclude with Member States, none identified' },
  { name: 'supplementary agreements', source: 'ceb-2008-hlcm-5 para 24', reason: 'the agreements to be concluded with each host country; the model for them is model-host-country-security-agreement' },
  { name: 'Memorandum of Understanding', source: 'ceb-2008-hlcm-5 annex C', reason: 'the memoranda each partner organization signs, not one text; no action on them is recorded' },
  { name: 'Memorandum of Understanding with the UN', source: 'ceb-2009-hlcm-23-rev-1 annex C', reason: 'the memoranda by which each organization joins the UNSMS, not one text; no action on them is recorded' },
  { name: 'country-specific security plan', source: 'ceb-2008-hlcm-5 annex C', reason: 'a plan made for each duty station, not a system-wide text' },
  { name: 'internal framework for accountability documenting individual roles, responsibilities and accountabilities related to safety and security for his/her organization', source: 'ceb-2009-hlcm-23-rev-1 annex B', reason: 'each organization’s own framework; only the UNDSS one is named as a text (undss-internal-framework-for-accountability)' },
  { name: 'terms of reference and remits for these entities', source: 'ceb-2008-hlcm-5 para 18', reason: 'the terms of reference of each JMAC and SIOC, not one text, and none named' },

  // Elements, gaps and unidentified texts
  { name: 'development of standards', source: 'ceb-2008-hlcm-5 para 26', reason: 'standards for the design of common premises that a proposed project would need; not described or named further' },
  { name: 'code of conduct', source: 'ceb-2010-hlcm-20 para 13', reason: 'an element the PSC working group was to consider for the policy on PSCs (armed-private-security-companies), not a separate planned text' },
  { name: 'guidelines on coordination with host country authorities', source: 'ceb-2010-hlcm-20 para 15', reason: 'a topic the PSC working group’s report was to address, not a separate planned text' },
  { name: 'Investigation Procedures', source: 'ceb-2010-hlcm-20 para 158', reason: 'the investigation practice under review, not a named text; the planned text is investigations-manual' },
  { name: 'Security & Safety Access Control System and ID cards Standardization', source: 'ceb-2010-hlcm-20 para 158', reason: 'a DSS project on access control and ID cards; no text is named' },
  { name: 'guidelines, if not standards', source: 'ceb-2010-hlcm-20 para 132', reason: 'the Chair’s view that guidance for UN facilities was needed; nothing was planned' },
  { name: 'standardized procedures and/or policies on managing sexual assault', source: 'ceb-2010-hlcm-20 para 172', reason: 'named as missing; none was planned' },
  { name: 'standards established on water safety', source: 'ceb-2010-hlcm-20 para 190', reason: 'named as missing; none was planned' },
  { name: 'special manual for women’s security', source: 'ceb-2010-hlcm-20 para 176', reason: 'not identified: possibly the 2006 Be Safe, Be Secure guidelines, which the report does not name (see women-be-safe-be-secure-guidelines)' },
  { name: 'existing guidelines for the security of women', source: 'ceb-2010-hlcm-20 para 182', reason: 'not identified: possibly the 2006 Be Safe, Be Secure guidelines, which the report does not name (see women-be-safe-be-secure-guidelines)' },
  { name: 'United Nations Security Policy Handbook', source: 'ceb-2009-hlcm-23-rev-1 annex B', reason: 'not identified: the Handbook under a new name or its planned replacement (field-security-handbook or security-policy-manual); the Framework does not say which' },
  { name: 'Security Arrangements in OECD countries', source: 'iasmn-23-final-report summary', reason: 'a working group that starts with a scoping exercise (para 32); no text is named' },
  { name: 'Scope of Work', source: 'iasmn-23-final-report para 75', reason: 'the contract document of each UPSS procurement, not a policy text' },
];

const fold = (text: string) => plain(text).toLowerCase();

/** Where an annex (or the 2016 Executive Summary) starts and ends in its seed, as printed. */
const PARTS: Record<string, [start: string, end?: string]> = {
  'ceb-2008-hlcm-5 annex C': ['INTER-ORGANIZATIONAL SECURITY MEASURES; FRAMEWORK', 'Security and Risk Management: A Guide for UN Managers'],
  'ceb-2008-hlcm-5 annex D': ['Security and Risk Management: A Guide for UN Managers'],
  'ceb-2009-hlcm-23-rev-1 annex B': ['**Annex B - Amended**', '**Annex C**'],
  'ceb-2009-hlcm-23-rev-1 annex C': ['**Annex C**'],
  'iasmn-23-final-report summary': ['Executive Summary', 'TABLE OF CONTENTS'],
};

/** Numbered paragraph `n` of `text`: from its number at the start of a line to the next paragraph's. */
function paragraphIn(text: string, n: number): string | undefined {
  const find = (k: number, from: number) => {
    const re = new RegExp(`(?:^|\\n)[ \\t]*(?:-[ \\t]*)?(?:\\*\\*)?${k}\\.\\s`, 'g');
    re.lastIndex = from;
    return re.exec(text)?.index;
  };
  const start = find(n, 0);
  if (start === undefined) return undefined;
  return text.slice(start, find(n + 1, start + 1));
}

/** The printed text a source points to. */
function textAt(source: string): string | undefined {
  const m = /^([a-z0-9-]+)(?: (annex [A-Z]|summary))?(?: para (\d+))?$/.exec(source);
  if (!m) throw new Error(`"${source}" is not "<document> para N", "<document> annex X [para N]" or "<document> summary"`);
  const [, document, part, paragraph] = m;
  let text = readSeed(SEED_OF_DOCUMENT[document!]!);
  if (part) {
    const [start, end] = PARTS[`${document} ${part}`] ?? [];
    if (!start) throw new Error(`no markers for ${document} ${part} in PARTS`);
    text = text.slice(text.indexOf(start));
    if (end) text = text.slice(0, text.indexOf(end, start.length));
  }
  return paragraph ? paragraphIn(text, Number(paragraph)) : text;
}

/** The names the register knows an entry by, over all its English versions; none if it does not exist. */
function namesOf(id: string): { titles: string[]; names: string[] } {
  const dir = join('content/policies', id);
  const versions = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.en.mdx')).map((f) => frontmatterOf(join(dir, f))) : [];
  return {
    titles: versions.map((v) => v.title),
    names: versions.flatMap((v) => [v.title, v.shortTitle ?? '', ...(v.lang === 'en' ? v.namedAs : [])]).filter(Boolean),
  };
}

const key = (row: { name: string; source: string }) => `${row.name} @ ${row.source}`;

describe('register: what the reports name is in the register or left out for a reason', () => {
  it('gives each instrument with an id a register entry that knows it by that name', () => {
    const wrong = named
      .filter((row) => row.id)
      .flatMap((row) => {
        const { titles, names } = namesOf(row.id!);
        if (!titles.length) return [`${key(row)}: no content/policies/${row.id}/`];
        const known = names.some((n) => fold(n) === fold(row.name)) || titles.some((t) => fold(t).includes(fold(row.name)));
        return known ? [] : [`${key(row)}: not the title, short title or a namedAs of ${row.id}`];
      });
    expect(wrong).toEqual([]);
  });

  it('lists every instrument without an id in leftOut, and nothing else there', () => {
    const out = new Set(leftOut.map(key));
    const inTable = new Set(named.map(key));
    expect(named.filter((row) => !row.id && !out.has(key(row))).map(key)).toEqual([]);
    expect(named.filter((row) => row.id && out.has(key(row))).map(key)).toEqual([]);
    expect(leftOut.filter((row) => !inTable.has(key(row))).map(key)).toEqual([]);
    expect(leftOut.filter((row) => row.reason.trim().length < 10).map(key)).toEqual([]);
  });

  it('cites documents of the register', () => {
    const documents = new Set(readRecords('documents').map((d) => d.id));
    expect([...named, ...leftOut].map((row) => row.source.split(' ')[0]!).filter((d) => !documents.has(d))).toEqual([]);
  });
});

describeWithSeeds('register: every name is printed where it is cited', () => {
  it('finds each name (or its quote) in the paragraph, annex or summary cited', () => {
    const missing = [...named, ...leftOut].filter((row) => {
      const text = textAt(row.source);
      return !text || !plain(text).includes(plain(row.quote ?? row.name));
    });
    expect(missing.map(key)).toEqual([]);
  });
});
