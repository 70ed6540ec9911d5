import { describe, expect, it } from 'vitest';
import type { RoleVersion } from '../../schemas/role.ts';
import { annexEntryIn, localName } from './localize.ts';

describe('localName', () => {
  it('gives the French name as a label, or the English marked as English', () => {
    expect(localName({ name: 'Designated Official', fr: { name: 'responsable désigné' } }, 'fr')).toEqual({ text: 'Responsable désigné', lang: 'fr' });
    expect(localName({ name: 'Warden' }, 'fr')).toEqual({ text: 'Warden', lang: 'en' });
    expect(localName({ name: 'Designated Official', fr: { name: 'responsable désigné' } }, 'en')).toEqual({ text: 'Designated Official', lang: 'en' });
  });
});

describe('annexEntryIn', () => {
  const version = {
    framework: '2009',
    annex: { letter: 'O', heading: 'Wardens' },
    responsibilities: [{ marker: '1.', text: 'Informs personnel;' }, { marker: '2.', text: 'Visits each family.' }],
    relations: [],
    sources: [],
    fr: { translation: { translator: 'Team', state: 'draft', basis: { heading: 'Wardens', '1': 'Informs personnel;', '2': 'Visits families.' } }, heading: 'Coordonnateurs d’îlot', responsibilities: [{ marker: '1.', text: 'Informe le personnel ;' }, { marker: '2.', text: 'Rend visite aux familles.' }] },
  } as unknown as RoleVersion;

  it('reads the French entry, marking the responsibility whose English changed', () => {
    const entry = annexEntryIn(version, 'fr');
    expect(entry.lang).toBe('fr');
    expect(entry.heading).toBe('Coordonnateurs d’îlot');
    expect(entry.responsibilities.map((r) => [r.marker, r.outdated])).toEqual([
      ['1.', false],
      ['2.', true],
    ]);
  });
  it('falls back to the English where there is no French', () => {
    expect(annexEntryIn({ ...version, fr: undefined }, 'fr')).toMatchObject({ lang: 'en', heading: 'Wardens' });
  });
});
