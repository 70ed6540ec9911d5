/**
 * The accountability chart's layout, computed at build time: one actor per row,
 * superiors above, and each line (appointed by, accountable to, …) drawn as an
 * arc in its own lane on the left, so the chart stays one narrow column that a
 * phone shows without sideways scrolling. The component only draws it.
 */
export type EdgeKind = 'appointed-by' | 'accountable-to' | 'reports-to' | 'member-of' | 'chairs';

export interface ChartNode {
  id: string;
  label: string;
  /** Language of the label ("en" where a French page has no French name). */
  lang?: string;
}

/** A line read as a sentence: `from` is `kind` `to` ("Warden" appointed by "DO"). */
export interface ChartEdge {
  from: string;
  to: string;
  kind: EdgeKind;
}

export interface PlacedNode extends ChartNode {
  row: number;
  /** Middle of the node's box, and the box's height (it grows with the label's lines). */
  y: number;
  height: number;
  lines: string[];
}

export interface PlacedEdge extends ChartEdge {
  lane: number;
  /** SVG path from the `from` row to the `to` row, bulging left into its lane. */
  path: string;
}

export interface Chart {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  lanes: number;
}

export const LAYOUT = { padding: 14, gap: 8, lane: 9, labelX: 22, labelWidth: 215, charsPerLine: 22, lineHeight: 17, top: 12 } as const;

/** Greedy word wrap for SVG text, which does not wrap by itself. */
export function wrap(label: string, width: number = LAYOUT.charsPerLine): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Whose row comes first: the superior end of a line (the one answered to, the body joined, the chair). */
const superior = (e: ChartEdge) => (e.kind === 'chairs' ? e.from : e.to);
const subordinate = (e: ChartEdge) => (e.kind === 'chairs' ? e.to : e.from);

/**
 * Rank of each node: the longest chain of superiors above it. Membership is not
 * hierarchy (the DO both chairs the SMT and is a member), so it does not rank;
 * lines that would loop are ignored.
 */
export function ranks(nodes: ChartNode[], edges: ChartEdge[]): Map<string, number> {
  const above = new Map(nodes.map((n) => [n.id, [] as string[]]));
  for (const e of edges)
    if (e.kind !== 'member-of' && above.has(subordinate(e)) && above.has(superior(e)) && superior(e) !== subordinate(e)) above.get(subordinate(e))!.push(superior(e));
  const rank = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    if (rank.has(id)) return rank.get(id)!;
    if (visiting.has(id)) return -1;
    visiting.add(id);
    const r = Math.max(-1, ...above.get(id)!.map(visit)) + 1;
    visiting.delete(id);
    rank.set(id, r);
    return r;
  };
  nodes.forEach((n) => visit(n.id));
  return rank;
}

export function layoutChart(nodes: ChartNode[], allEdges: ChartEdge[]): Chart {
  const known = new Set(nodes.map((n) => n.id));
  // One line per pair and kind, however many passages state it.
  const drawn = allEdges.filter((e, i) => known.has(e.from) && known.has(e.to) && e.from !== e.to && allEdges.findIndex((o) => o.from === e.from && o.to === e.to && o.kind === e.kind) === i);
  const rank = ranks(nodes, drawn);
  const linked = new Set(drawn.flatMap((e) => [e.from, e.to]));
  // Superiors first; within a rank, the order given (the Framework's order); actors with no line last.
  const ordered = nodes
    .map((n, i) => ({ n, i, key: linked.has(n.id) ? rank.get(n.id)! : Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ n }) => n);
  let top = LAYOUT.top;
  const placed: PlacedNode[] = ordered.map((n, row) => {
    const lines = wrap(n.label);
    const height = lines.length * LAYOUT.lineHeight + LAYOUT.padding;
    const node = { ...n, row, y: top + height / 2, height, lines };
    top += height + LAYOUT.gap;
    return node;
  });
  const byId = new Map(placed.map((n) => [n.id, n]));

  // Lanes: shortest spans nearest the labels; two arcs share a lane only if their rows do not overlap.
  const span = (e: ChartEdge) => [byId.get(e.from)!.row, byId.get(e.to)!.row].sort((a, b) => a - b) as [number, number];
  const taken: [number, number][][] = [];
  const laneOf = new Map<ChartEdge, number>();
  for (const e of [...drawn].sort((a, b) => span(a)[1] - span(a)[0] - (span(b)[1] - span(b)[0]))) {
    const [lo, hi] = span(e);
    let lane = taken.findIndex((spans) => spans.every(([l, h]) => hi < l || lo > h));
    if (lane < 0) lane = taken.push([]) - 1;
    taken[lane]!.push([lo, hi]);
    laneOf.set(e, lane);
  }
  const lanes = taken.length;
  const nodeX = (lanes + 1) * LAYOUT.lane;
  const placedEdges = drawn.map((e) => {
    const lane = laneOf.get(e)!;
    // Leave just above the `from` row's middle, arrive just below the `to` row's, so lines in and out do not meet.
    const [start, end] = [byId.get(e.from)!.y - 4, byId.get(e.to)!.y + 4];
    const x = nodeX - (lane + 1) * LAYOUT.lane;
    const s = Math.sign(end - start);
    const r = 4;
    return { ...e, lane, path: `M${nodeX} ${start}H${x + r}Q${x} ${start} ${x} ${start + s * r}V${end - s * r}Q${x} ${end} ${x + r} ${end}H${nodeX - 2}` };
  });
  return {
    width: nodeX + LAYOUT.labelX + LAYOUT.labelWidth,
    height: top + LAYOUT.top,
    nodes: placed.map((n) => ({ ...n })),
    edges: placedEdges,
    lanes,
  };
}

/** Where a node's label starts. */
export const labelX = (chart: Chart) => (chart.lanes + 1) * LAYOUT.lane + LAYOUT.labelX;
