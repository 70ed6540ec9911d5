/**
 * A topic of the recommendation history: content/topics/<id>.yaml. Topics are the
 * site's own controlled list for browsing decisions, not facts from the sources,
 * so they carry no source.
 */
import { z } from 'astro/zod';
import { classification } from './common.ts';

export const topicSchema = z.strictObject({
  name: z.string().min(1),
  /** What belongs under it, for editors choosing a topic. */
  scope: z.string().min(1),
  /** The topic's name and scope in French (site labels, so no source). */
  fr: z.strictObject({ name: z.string().min(1), scope: z.string().min(1) }).optional(),
  classification,
});
export type TopicRecord = z.infer<typeof topicSchema>;
