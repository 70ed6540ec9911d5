/** The glossary page: every public term, A to Z, each at its anchor with its source. */
import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';

const terms = readRecords('glossary');

describe('glossary page', () => {
  const doc = page('/glossary/');

  it('shows every public term at its anchor, with its expansion and source', () => {
    for (const { id, data } of terms.filter((t) => t.data.classification === 'public')) {
      const item = doc.querySelector(`#term-${id}`);
      expect(item, id).not.toBeNull();
      expect(text(item?.querySelector('dt'))).toContain(data.term);
      if (data.acronym) expect(item?.querySelector('abbr')?.getAttribute('title')).toBe(data.term);
      expect(text(item?.querySelector('.glossary-source'))).toMatch(/^Source: /);
    }
  });

  it('files terms under letters in order, with an index whose links resolve', () => {
    const letters = doc.querySelectorAll('section.glossary-letter h2').map((h) => text(h));
    expect(letters).toEqual([...letters].sort());
    for (const link of doc.querySelectorAll('nav.letter-index a')) expect(doc.querySelector(link.getAttribute('href')!)).not.toBeNull();
  });

  it('is in French at /fr/, each term under its French, the English beside it and kept out of the French index', () => {
    const fr = page('/fr/glossary/');
    expect(text(fr.querySelector('h1'))).toBe('Glossaire');
    expect(fr.querySelector('[data-pagefind-body]')).not.toBeNull();
    for (const { id, data } of terms.filter((t) => t.data.fr)) {
      const item = fr.querySelector(`#term-${id}`)!;
      expect(item.getAttribute('lang'), id).toBeUndefined();
      expect(text(item.querySelector('dt')).toLowerCase()).toContain(data.fr!.term.toLowerCase());
      const english = item.querySelector('.glossary-en')!;
      expect(english.hasAttribute('data-pagefind-ignore')).toBe(true);
      expect(english.querySelector('strong')?.getAttribute('lang')).toBe('en');
      expect(text(english.querySelector('strong'))).toBe(data.term);
    }
    const headwords = fr.querySelectorAll('dl.glossary dt').map((dt) => text(dt.querySelector('abbr, dfn')));
    expect(headwords).toContain('Responsable désigné');
  });
});
