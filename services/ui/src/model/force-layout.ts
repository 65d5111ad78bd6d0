import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Layout, LayoutInput, PositionedNode } from './layout.ts';

interface Node extends SimulationNodeDatum {
  id: string;
  width: number;
  height: number;
}

/**
 * Force-directed layout (d3-force), run to rest synchronously: dense or cyclic service meshes stay
 * readable where a layered layout turns into a tangle. Straight edges, clipped at the node borders.
 */
export function forceLayout(input: LayoutInput, ticks = 300): Layout {
  const nodes: Node[] = input.nodes.map((n, i) => ({
    ...n,
    // Deterministic start on a circle so the same graph always gets the same picture.
    x: Math.cos((2 * Math.PI * i) / input.nodes.length) * 200,
    y: Math.sin((2 * Math.PI * i) / input.nodes.length) * 200,
  }));
  const links = input.edges.filter((e) => e.from !== e.to).map((e) => ({ source: e.from, target: e.to }));
  forceSimulation(nodes)
    .force('charge', forceManyBody().strength(-600))
    .force(
      'link',
      forceLink<Node, { source: string; target: string }>(links)
        .id((d) => d.id)
        .distance(160),
    )
    .force(
      'collide',
      forceCollide<Node>((d) => d.width / 2 + 10),
    )
    .force('center', forceCenter(0, 0))
    .stop()
    .tick(ticks);
  const minX = Math.min(...nodes.map((n) => (n.x ?? 0) - n.width / 2)) - 20;
  const minY = Math.min(...nodes.map((n) => (n.y ?? 0) - n.height / 2)) - 20;
  const positioned = new Map<string, PositionedNode>();
  for (const n of nodes) {
    positioned.set(n.id, {
      id: n.id,
      x: (n.x ?? 0) - minX,
      y: (n.y ?? 0) - minY,
      width: n.width,
      height: n.height,
    });
  }
  const width = Math.max(...[...positioned.values()].map((n) => n.x + n.width / 2)) + 20;
  const height = Math.max(...[...positioned.values()].map((n) => n.y + n.height / 2)) + 20;
  const edges = input.edges
    .filter((e) => e.from !== e.to)
    .map((e) => {
      const a = positioned.get(e.from)!;
      const b = positioned.get(e.to)!;
      return { from: e.from, to: e.to, points: [borderPoint(a, b), borderPoint(b, a)] };
    });
  return { nodes: positioned, edges, width, height };
}

/** Where the line from a's centre towards b leaves a's box. */
function borderPoint(a: PositionedNode, b: PositionedNode): { x: number; y: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (dx === 0 && dy === 0) return { x: a.x, y: a.y };
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : a.width / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : a.height / 2 / Math.abs(dy),
  );
  return { x: a.x + dx * scale, y: a.y + dy * scale };
}
