/** How a translatable document is named on a page in either language. */
import type { Lang } from '../../schemas/common.ts';
import type { TranslatableDocument } from './documents.ts';
import { upperFirst, type Localized } from './localize.ts';

/** "Framework for Accountability (2009)", in the page's language where the French exists. */
export function documentTitle(doc: Pick<TranslatableDocument, 'title' | 'version' | 'kind'>, lang: Lang): Localized {
  const french = lang === 'fr' && doc.title.fr;
  const text = french ? (doc.kind === 'role' ? upperFirst(doc.title.fr!) : doc.title.fr!) : doc.title.en;
  return { text: `${text} (${doc.version})`, lang: french ? 'fr' : 'en' };
}
