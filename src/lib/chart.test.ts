import { describe, expect, it } from 'vitest';
import { layoutChart, ranks, wrap, type ChartEdge } from './chart.ts';

const nodes = ['sg', 'usg', 'do', 'smt', 'warden', 'csa'].map((id) => ({ id, label: id.toUpperCase() }));
const edges: ChartEdge[] = [
  { from: 'usg', to: 'sg', kind: 'accountable-to' },
  { from: 'do', to: 'sg', kind: 'accountable-to' },
  { from: 'do', to: 'smt', kind: 'chairs' },
  { from: 'warden', to: 'do', kind: 'appointed-by' },
  { from: 'csa', to: 'smt', kind: 'member-of' },
  { from: 'csa', to: 'usg', kind: 'reports-to' },
];

describe('accountability chart layout', () => {
  it('ranks superiors above: the one answered to, and the chair above its body; membership does not rank', () => {
    const r = ranks(nodes, [...edges, { from: 'do', to: 'smt', kind: 'member-of' }]);
    expect(r.get('sg')).toBe(0);
    expect(r.get('usg')).toBe(1);
    expect(r.get('do')).toBe(1);
    expect(r.get('smt')).toBe(2);
    expect(r.get('warden')).toBe(2);
    expect(r.get('csa')).toBe(2);
  });

  it('draws one line per pair and kind, and puts actors with no line last', () => {
    const chart = layoutChart([...nodes, { id: 'alone', label: 'Alone' }], [...edges, edges[3]!]);
    expect(chart.edges).toHaveLength(edges.length);
    expect(chart.nodes.at(-1)?.id).toBe('alone');
  });

  it('survives lines that loop', () => {
    const r = ranks(nodes.slice(0, 2), [{ from: 'sg', to: 'usg', kind: 'reports-to' }, { from: 'usg', to: 'sg', kind: 'accountable-to' }]);
    expect([...r.values()].sort()).toEqual([0, 1]);
  });

  it('places every node on its own row and every line in a lane where it crosses no other', () => {
    const chart = layoutChart(nodes, edges);
    expect(chart.nodes.map((n) => n.id)).toEqual(['sg', 'usg', 'do', 'smt', 'warden', 'csa']);
    // Boxes do not overlap.
    chart.nodes.slice(1).forEach((n, i) => expect(n.y - n.height / 2).toBeGreaterThan(chart.nodes[i]!.y + chart.nodes[i]!.height / 2));
    expect(chart.edges).toHaveLength(edges.length);
    const row = new Map(chart.nodes.map((n) => [n.id, n.row]));
    for (const a of chart.edges)
      for (const b of chart.edges) {
        if (a === b || a.lane !== b.lane) continue;
        const [al, ah] = [row.get(a.from)!, row.get(a.to)!].sort((x, y) => x - y);
        const [bl, bh] = [row.get(b.from)!, row.get(b.to)!].sort((x, y) => x - y);
        expect(ah! < bl! || al! > bh!, `${a.from}-${a.to} and ${b.from}-${b.to} share lane ${a.lane}`).toBe(true);
      }
    expect(chart.edges.every((e) => e.path.startsWith('M'))).toBe(true);
  });

  it('drops lines to actors not in the chart', () => {
    expect(layoutChart(nodes, [...edges, { from: 'do', to: 'nobody', kind: 'reports-to' }]).edges).toHaveLength(edges.length);
  });

  it('wraps long names to lines a phone can show', () => {
    expect(wrap('Chief Security Officer for Peacekeeping Missions')).toEqual(['Chief Security Officer', 'for Peacekeeping', 'Missions']);
    expect(wrap('Security Management Team')).toEqual(['Security Management', 'Team']);
    expect(wrap('Warden')).toEqual(['Warden']);
  });
});
