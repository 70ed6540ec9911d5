/** Topics of the recommendation history: the site's own list, so without sources. */
import { GENERATED, type GeneratedFile } from './files.ts';
import type { Plan } from './plan.ts';
import { toYaml } from './yaml.ts';

export function topicFiles(plan: Plan): GeneratedFile[] {
  return plan.topics.map((topic) => ({
    path: `topics/${topic.id}.yaml`,
    text: toYaml({ name: topic.name.en, scope: topic.scope.en, fr: { name: topic.name.fr, scope: topic.scope.fr }, classification: 'public' }, GENERATED),
  }));
}
