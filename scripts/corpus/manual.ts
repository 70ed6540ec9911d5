/**
 * Manual chapters placing the policies, in order, up to 26 sections (A–Z) a
 * chapter. Chapter numbers are Roman numerals of I, V and X (the schema's
 * pattern), so at most 39 chapters: policies beyond 39 × 26 are left unplaced,
 * which the Manual page lists under their own heading.
 */
import { GENERATED, type GeneratedFile } from './files.ts';
import { MAX_CHAPTERS, SECTIONS_PER_CHAPTER, type Plan } from './plan.ts';
import { roman } from './text.ts';
import { toYaml } from './yaml.ts';

/** Chapters of about 15 sections; past 39 chapters, more sections a chapter (up to 26). */
export const chapterCount = (policies: number) => Math.min(MAX_CHAPTERS, Math.ceil(policies / 15));

export const chapterId = (c: number) => `chapter-${roman(c + 1).toLowerCase()}`;

export function manualFiles(plan: Plan): GeneratedFile[] {
  const chapters = chapterCount(plan.policies.length);
  const perChapter = Math.min(SECTIONS_PER_CHAPTER, Math.ceil(plan.policies.length / Math.max(1, chapters)));
  const files: GeneratedFile[] = [];
  for (let c = 0; c < chapters; c++) {
    const placed = plan.policies.slice(c * perChapter, (c + 1) * perChapter);
    const report = plan.sessions[c % plan.sessions.length]!.report;
    const source = { document: report, part: 'table of contents' };
    const topic = plan.topics[c % plan.topics.length]!;
    const record = {
      number: roman(c + 1),
      title: c < plan.topics.length ? topic.name.en : `${topic.name.en} (${Math.floor(c / plan.topics.length) + 1})`,
      order: c + 1,
      classification: 'public',
      sources: [source],
      sections: placed.map((policy, s) => ({
        letter: String.fromCharCode(65 + s),
        title: policy.title.en,
        edition: 'Generated corpus edition',
        sources: [source],
        policy: policy.id,
        earlier: policy.versions.length > 1 ? [{ letter: String.fromCharCode(65 + s), title: policy.title.en, edition: `Edition of ${policy.versions[0]!.version}`, sources: [source] }] : undefined,
      })),
    };
    files.push({ path: `manual/${chapterId(c)}.yaml`, text: toYaml(record, GENERATED) });
  }
  return files;
}
