/** The French texts as built: the same numbered paragraphs as the English, and labelled as the team's working translation. */
import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist.ts';

describe.each([
  ['/fr/policies/iasmn-terms-of-reference/', '/policies/iasmn-terms-of-reference/'],
  ['/fr/policies/framework-for-accountability/versions/2009/', '/policies/framework-for-accountability/versions/2009/'],
])('%s', (fr, en) => {
  const doc = page(fr);
  it('has exactly the English text’s numbered paragraphs, in French', () => {
    expect(doc.querySelectorAll('main .para').map((p) => p.id)).toEqual(page(en).querySelectorAll('main .para').map((p) => p.id));
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
  });
  it('says it is the team’s working translation, who made it and its state', () => {
    expect(text(doc.querySelector('.translation-notice'))).toBe(
      'Ce texte français est une traduction de travail de l’équipe SPM Online, et non un texte officiel de l’Organisation des Nations Unies. Traduit par SPM Online team. État : brouillon.',
    );
  });
});

it('sets a narrow no-break space before a colon in French, as French typography does, and none in English', () => {
  // As written: text() would make the narrow space a plain one.
  const label = (path: string) => page(path).querySelector('.formal-title')?.textContent.trim() ?? '';
  expect(label('/fr/policies/framework-for-accountability/versions/2009/')).toMatch(/^Titre officiel\u202f: /);
  expect(label('/policies/framework-for-accountability/versions/2009/')).toMatch(/^Formal title: /);
  // So does every label set from the dictionaries, such as the sources of a status.
  const main = (path: string) => page(path).querySelector('main')?.textContent ?? '';
  expect(main('/fr/policies/security-level-system/')).toContain('Selon\u202f: ');
  expect(main('/fr/policies/security-level-system/')).not.toMatch(/Selon: /);
});
