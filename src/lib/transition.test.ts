import { describe, expect, it } from 'vitest';
import type { TransitionRecord } from '../schemas/transition.ts';
import { lookup, lookupKeys } from './fsh-lookup.ts';
import { matrixRows, progress, referenceKey, replacedParts, rowTitle, sharedNotes, statusCounts, targetHref, type TransitionEntry } from './transition.ts';

const entry = (id: string, status: TransitionRecord['status'], fsh?: Partial<NonNullable<TransitionRecord['fsh']>>): TransitionEntry => ({
  id,
  data: {
    ...(fsh ? { fsh: { title: id, reference: id, aliases: [], ...fsh } } : {}),
    status, replacedBy: [], roles: [], decisions: [], mapping: { basis: 'inferred', how: 'Same subject.' }, classification: 'public', sources: [{ document: 'd', paragraph: '1' }],
  },
});

const entries = [
  entry('spm-intro', 'new-in-spm'),
  entry('fsh-v-e', 'transitioned', { title: 'Security Phases', reference: 'Chapter V, Section E', parent: 'fsh-v', aliases: ['security phases', 'phase system'] }),
  entry('fsh', 'in-progress', { title: 'Field Security Handbook', reference: 'The whole Handbook' }),
  entry('fsh-iii', 'in-progress', { title: 'Applicability of Security Arrangements', reference: 'Chapter III', parent: 'fsh' }),
  entry('fsh-v', 'retained', { title: 'Security Planning in the Field', reference: 'Chapter V', parent: 'fsh' }),
];

describe('transition matrix', () => {
  it('orders rows as the Handbook does, sub-parts under their part, new SPM chapters last', () => {
    expect(matrixRows(entries).map((r) => `${'-'.repeat(r.depth)}${r.id}`)).toEqual(['fsh', '-fsh-iii', '-fsh-v', '--fsh-v-e', 'spm-intro']);
  });

  it('counts rows per status and the share of Handbook parts transitioned', () => {
    expect(statusCounts(entries)).toEqual([
      { status: 'transitioned', count: 1 },
      { status: 'in-progress', count: 2 },
      { status: 'retained', count: 1 },
      { status: 'removed', count: 0 },
      { status: 'new-in-spm', count: 1 },
    ]);
    expect(progress(entries)).toBe(25);
  });

  it('resolves how readers cite a part to its row', () => {
    expect(lookup(entries, 'FSH chapter III')?.id).toBe('fsh-iii');
    expect(lookup(entries, 'Field Security Handbook, chapter 3')?.id).toBe('fsh-iii');
    expect(lookup(entries, 'Field Security Handbook, security phases')?.id).toBe('fsh-v-e');
    expect(lookup(entries, 'FSH chapter V, section E')?.id).toBe('fsh-v-e');
    expect(lookup(entries, 'the phase system')?.id).toBe('fsh-v-e');
    expect(lookup(entries, 'Chapter V')?.id).toBe('fsh-v');
    expect(lookup(entries, 'nothing like this')).toBeUndefined();
    expect(lookup(entries, 'the Field Security Handbook')?.id).toBe('fsh');
    expect(lookupKeys(entries[0]!)).toEqual([]);
  });
});

describe('targets', () => {
  it('links a policy at its paragraph, or a Manual chapter', () => {
    expect(targetHref('en', { policy: 'framework-for-accountability', paragraph: '7' })).toBe('/policies/framework-for-accountability/#p7');
    expect(targetHref('fr', { policy: 'security-level-system' })).toBe('/fr/policies/security-level-system/');
    expect(targetHref('en', { chapter: 'chapter-iii' })).toBe('/manual/#chapter-iii');
  });
  it('finds the Handbook parts a policy replaces', () => {
    const withTarget = { ...entries[1]!, data: { ...entries[1]!.data, replacedBy: [{ policy: 'security-level-system' }] } };
    const twice = { ...withTarget, id: 'fsh-twice', data: { ...withTarget.data, replacedBy: [{ policy: 'security-level-system' }, { policy: 'security-level-system', paragraph: '2' }] } };
    const replaces = replacedParts([...entries, withTarget, twice]);
    expect(replaces('security-level-system').map((e) => e.id)).toEqual(['fsh-v-e', 'fsh-twice']);
    expect(replaces('no-such-policy')).toEqual([]);
  });
});

describe('referenceKey', () => {
  it('reads where a reference stands in the Handbook', () => {
    expect(referenceKey('Chapter V, Section A, d) i)')).toEqual([5, 1, 4, 1]);
    expect(referenceKey('Chapter III')).toEqual([3, 0]);
    expect(referenceKey('Chapter 3')).toEqual([3, 0]);
    expect(referenceKey('Chapter IV, Section C')).toEqual([4, 3]);
    expect(referenceKey('The whole Handbook')).toEqual([Number.MAX_SAFE_INTEGER]);
  });
  it('orders sub-parts by their place in the Handbook, not by file name', () => {
    const parts = [
      entry('fsh', 'in-progress', { reference: 'The whole Handbook' }),
      entry('fsh-reports', 'retained', { reference: 'Not given', parent: 'fsh' }),
      entry('fsh-v', 'retained', { reference: 'Chapter V', parent: 'fsh' }),
      entry('fsh-iv', 'retained', { reference: 'Chapter IV', parent: 'fsh' }),
      entry('fsh-i', 'retained', { reference: 'Chapter I', parent: 'fsh' }),
    ];
    expect(matrixRows(parts).map((r) => r.id)).toEqual(['fsh', 'fsh-i', 'fsh-iv', 'fsh-v', 'fsh-reports']);
  });
});

describe('sharedNotes', () => {
  const noted = (id: string, notes?: string): TransitionEntry => {
    const e = entry(id, 'retained', {});
    return notes ? { ...e, data: { ...e.data, notes } } : e;
  };
  it('letters the notes that more than one row has, in the order first met, and leaves the others to their rows', () => {
    const notes = sharedNotes([noted('a', 'Kept until replaced.'), noted('b', 'Only here.'), noted('c', 'Mapped by subject.'), noted('d', 'Kept until replaced.'), noted('e'), noted('f', 'Mapped by subject.')]);
    expect([...notes]).toEqual([
      ['Kept until replaced.', 'A'],
      ['Mapped by subject.', 'B'],
    ]);
  });
});

describe('rowTitle', () => {
  it('names a row by its Handbook part, a chapter new in the SPM by its policy, else by its id', () => {
    const titles = new Map([['sls', 'Security Level System (SLS)']]);
    expect(rowTitle(entry('fsh-v-e', 'transitioned', { title: 'Security Phases' }), titles)).toBe('Security Phases');
    const newChapter = entry('spm-sls', 'new-in-spm');
    expect(rowTitle({ ...newChapter, data: { ...newChapter.data, replacedBy: [{ policy: 'sls' }] } }, titles)).toBe('Security Level System (SLS)');
    expect(rowTitle(newChapter, titles)).toBe('spm-sls');
  });
});
