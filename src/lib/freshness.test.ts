import { describe, expect, it } from 'vitest';
import { basisOf, paragraphFreshness } from './freshness.ts';

const english = [
  { number: '1', text: 'The Designated Official is accountable to the Secretary-General.' },
  { number: '2', text: 'Wardens are appointed in writing.' },
];

describe('paragraph freshness', () => {
  it('finds exactly the paragraph whose English changed, and what changed', () => {
    const basis = basisOf(english);
    const changed = [english[0]!, { number: '2', text: 'Wardens are appointed in writing by the DO.' }];
    const result = paragraphFreshness(changed, basis);
    expect(result.map((p) => p.state)).toEqual(['current', 'outdated']);
    expect(result[1]!.translated).toBe('Wardens are appointed in writing.');
    expect(result[1]!.changes!.filter((c) => c.added).map((c) => c.value).join('')).toContain('by the DO');
  });
  it('ignores changes of white space only', () => {
    expect(paragraphFreshness([{ number: '2', text: 'Wardens  are appointed\nin writing.' }], basisOf(english))[0]!.state).toBe('current');
  });
  it('tracks nothing without a basis, and a new English paragraph is untracked', () => {
    expect(paragraphFreshness(english, undefined).map((p) => p.state)).toEqual(['untracked', 'untracked']);
    expect(paragraphFreshness([...english, { number: '3', text: 'New.' }], basisOf(english))[2]!.state).toBe('untracked');
  });
});
