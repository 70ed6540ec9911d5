/** How a source is cited on the page: "CEB/2009/HLCM/23/Rev.1, Annex B, para. 13". */
import type { UiKey } from '../i18n/index.ts';
import type { Source } from '../schemas/common.ts';

export interface CitedDocument {
  symbol?: string | undefined;
  title: string;
  /** Date printed on the document, where it prints one. */
  date?: string | undefined;
}

export interface SourceCitation {
  /** Document symbol, or title where the document prints no symbol; the page title for a web source. */
  label: string;
  place?: string;
  url?: string;
}

export function citeSource(source: Source, documents: ReadonlyMap<string, CitedDocument>, t: (key: UiKey) => string): SourceCitation {
  // A web page says what it is (the official portal, an official page, or a mirror), and that it shows only part where it does.
  if ('url' in source)
    return { label: source.title, place: [t(`source.kind.${linkKind(source.url)}`), source.confidence === 'medium' && t('source.partial')].filter(Boolean).join(', '), url: source.url };
  const document = documents.get(source.document);
  if (!document) throw new Error(`unknown source document "${source.document}" (npm run check reports this)`);
  const parts = [
    source.annex && `${t('source.annex')} ${source.annex}`,
    source.section && `${t('source.section')} ${source.section}`,
    source.paragraph && `${t('source.para')} ${source.paragraph}`,
    source.item && `${t('source.item')} ${source.item}`,
    source.part,
  ].filter(Boolean);
  return { label: document.symbol ?? document.title, ...(parts.length ? { place: parts.join(', ') } : {}) };
}

/**
 * What a public link leads to, so the page can say it: the UN Policy Portal (the
 * official list of the Manual), another official UN system page, or a copy of an
 * official document on a document-sharing site (a mirror).
 */
export type LinkKind = 'portal' | 'official' | 'mirror';

/** Hosts of the UN system's own sites among the reference files' sources. */
const officialHosts = ['un.org', 'unsceb.org', 'fao.org'];

export function linkKind(url: string): LinkKind {
  const host = new URL(url).hostname.replace(/^www\./, '');
  if (host === 'policy.un.org') return 'portal';
  return officialHosts.some((h) => host === h || host.endsWith(`.${h}`)) ? 'official' : 'mirror';
}
