import { graphlib, layout } from '@dagrejs/dagre';

export interface LayoutInput {
  nodes: { id: string; width: number; height: number }[];
  edges: { from: string; to: string }[];
}

export interface PositionedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  nodes: Map<string, PositionedNode>;
  edges: { from: string; to: string; points: { x: number; y: number }[] }[];
  width: number;
  height: number;
}

/** Layered (Sugiyama) layout via dagre; cycles (A→B→A) are broken by dagre itself. */
export function layeredLayout(input: LayoutInput, rankdir: 'TB' | 'LR' = 'TB'): Layout {
  const g = new graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir, nodesep: 30, ranksep: 60, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of input.nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of input.edges) if (e.from !== e.to) g.setEdge(e.from, e.to);
  layout(g);
  const nodes = new Map<string, PositionedNode>();
  for (const n of input.nodes) {
    const p = g.node(n.id) as { x: number; y: number };
    nodes.set(n.id, { id: n.id, x: p.x, y: p.y, width: n.width, height: n.height });
  }
  const edges = input.edges
    .filter((e) => e.from !== e.to)
    .map((e) => {
      const label = g.edge(e.from, e.to) as { points?: { x: number; y: number }[] };
      return { from: e.from, to: e.to, points: label.points ?? [] };
    });
  return fitToOrigin(nodes, edges);
}

/** Shifts everything so the drawing (nodes and edge bends) starts at (20, 20); dagre may route edges at x < 0. */
function fitToOrigin(nodes: Map<string, PositionedNode>, edges: Layout['edges']): Layout {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of nodes.values()) {
    xs.push(n.x - n.width / 2, n.x + n.width / 2);
    ys.push(n.y - n.height / 2, n.y + n.height / 2);
  }
  for (const e of edges) {
    for (const p of e.points) {
      xs.push(p.x);
      ys.push(p.y);
    }
  }
  if (xs.length === 0) return { nodes, edges, width: 0, height: 0 };
  const dx = 20 - Math.min(...xs);
  const dy = 20 - Math.min(...ys);
  for (const n of nodes.values()) {
    n.x += dx;
    n.y += dy;
  }
  const moved = edges.map((e) => ({ ...e, points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) }));
  return { nodes, edges: moved, width: Math.max(...xs) + dx + 20, height: Math.max(...ys) + dy + 20 };
}
