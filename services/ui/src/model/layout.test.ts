import { describe, expect, it } from 'vitest';
import { forceLayout } from './force-layout.ts';
import { layeredLayout, type Layout, type LayoutInput } from './layout.ts';
import { makeSyntheticTrace } from './synthetic.ts';
import { traceGraph } from './trace-graph.ts';
import { buildTrace } from './trace.ts';

const services = ['a', 'b', 'c', 'd', 'e'];
const input: LayoutInput = {
  nodes: services.map((id) => ({ id, width: 120, height: 30 })),
  // A cycle (a → b → c → a) and a self-call, as real dependency data can have.
  edges: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'a' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'd' },
    { from: 'a', to: 'e' },
  ],
};

function expectInside(layout: Layout): void {
  for (const n of layout.nodes.values()) {
    expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
    expect(n.y - n.height / 2).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width / 2).toBeLessThanOrEqual(layout.width);
    expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
  }
  for (const e of layout.edges) {
    expect(e.points.length).toBeGreaterThanOrEqual(2);
    for (const p of e.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
    }
  }
}

function overlaps(layout: Layout): number {
  const nodes = [...layout.nodes.values()];
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2)
        count++;
    }
  }
  return count;
}

describe('graph layouts', () => {
  it('layered: every node placed, cycles and self-calls tolerated, drawing starts at the origin', () => {
    const layout = layeredLayout(input, 'LR');
    expect(layout.nodes.size).toBe(services.length);
    expect(layout.edges).toHaveLength(5); // the self-call is not drawn
    expectInside(layout);
    expect(overlaps(layout)).toBe(0);
  });

  it('force: deterministic, inside the drawing, no overlapping nodes', () => {
    const layout = forceLayout(input);
    expectInside(layout);
    expect(overlaps(layout)).toBe(0);
    expect([...forceLayout(input).nodes.values()]).toEqual([...layout.nodes.values()]);
  });

  it('lays out the trace graph of a 10,000-span trace (bounded by its operations)', () => {
    const trace = buildTrace(makeSyntheticTrace({ spans: 10_000, services: 12 }));
    const graph = traceGraph(trace);
    const durations = trace.spans.reduce((n, s) => n + s.duration, 0);
    expect(graph.nodes.reduce((n, node) => n + node.totalTime, 0)).toBe(durations);
    expect(graph.nodes.length).toBeLessThanOrEqual(12 * 5);
    expect(graph.nodes.reduce((n, node) => n + node.count, 0)).toBe(10_000);
    expect(graph.edges.reduce((n, e) => n + e.count, 0)).toBe(9_999);
    const layout = layeredLayout({
      nodes: graph.nodes.map((n) => ({ id: n.id, width: 200, height: 46 })),
      edges: graph.edges,
    });
    expectInside(layout);
  });
});
