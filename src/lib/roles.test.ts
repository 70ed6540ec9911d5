import { describe, expect, it } from 'vitest';
import type { RoleRecord } from '../schemas/role.ts';
import { annexActors, responsibilityAnchor, type RoleEntry } from './roles.ts';

const source = [{ document: 'd', annex: 'B' }];
function role(id: string, letter: string | undefined, markers: string[], parent?: string): RoleEntry {
  const data: RoleRecord = {
    name: id, classification: 'public', sources: source, ...(parent ? { parent } : {}),
    versions: [{ framework: '2009', ...(letter ? { annex: { letter, heading: id } } : {}), responsibilities: markers.map((m) => ({ marker: m, text: `${id} ${m}` })), relations: [], sources: source }],
  };
  return { id, data };
}

describe('annex actors', () => {
  it('orders actors by printed letter and nests groups in printed order', () => {
    const actors = annexActors(
      [role('b', 'B', ['1.']), role('fsco', 'L', ['22.'], 'l'), role('a', 'A', []), role('l', 'L', []), role('csss', 'L', ['1.', '2.'], 'l'), role('cso', 'L', ['11.'], 'l'), role('main-only', undefined, [])],
      '2009',
    );
    expect(actors.map((a) => a.id)).toEqual(['a', 'b', 'l']);
    expect(actors[2]?.children.map((c) => c.id)).toEqual(['csss', 'cso', 'fsco']);
  });
  it('leaves out actors of other versions', () => {
    expect(annexActors([role('a', 'A', [])], '2008')).toEqual([]);
  });
  it('anchors responsibilities by letter and printed number', () => {
    expect(responsibilityAnchor('F', '21.')).toBe('annex-f-21');
    expect(responsibilityAnchor('C', 'a)')).toBe('annex-c-a');
    expect(responsibilityAnchor('A', undefined)).toBe('annex-a-text');
  });
});
