import { describe, expect, it } from 'vitest';
import { labelBox, overlapArea, placeEdgeLabels, pointAlong } from './edge-labels.ts';

describe('pointAlong', () => {
  it('walks the polyline by length', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 30 },
    ];
    expect(pointAlong(points, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(points, 0.25)).toEqual({ x: 10, y: 0 });
    expect(pointAlong(points, 0.5)).toEqual({ x: 10, y: 10 });
    expect(pointAlong(points, 1)).toEqual({ x: 10, y: 30 });
  });
});

describe('placeEdgeLabels', () => {
  it('never puts a label on the arrowhead of a two-point edge', () => {
    const [label] = placeEdgeLabels(
      [
        {
          key: 'a',
          text: '12',
          points: [
            { x: 0, y: 0 },
            { x: 200, y: 0 },
          ],
        },
      ],
      [],
    );
    expect(label!.x).toBe(100);
    expect(label!.box.x + label!.box.width).toBeLessThan(200 * 0.85);
  });

  it('separates labels of edges fanning out of one node, which share their middle points', () => {
    // Three edges from one parent to three children one below another: dagre gives them near-identical
    // first halves, so their midpoints coincide and "×100", "×100", "×200" used to print as one word.
    const edges = [0, 1, 2].map((i) => ({
      key: `e${i}`,
      text: `×${i === 2 ? 200 : 100}`,
      points: [
        { x: 100, y: 0 },
        { x: 100, y: 60 },
        { x: 60 + i * 40, y: 120 },
      ],
    }));
    const placed = placeEdgeLabels(edges, []);
    expect(placed).toHaveLength(3);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlapArea(placed[i]!.box, placed[j]!.box)).toBe(0);
  });

  it('moves a label off a node box when the middle of the edge crosses it', () => {
    const node = { x: 90, y: -10, width: 40, height: 20 };
    const [label] = placeEdgeLabels(
      [
        {
          key: 'a',
          text: '7',
          points: [
            { x: 0, y: 0 },
            { x: 220, y: 0 },
          ],
        },
      ],
      [node],
    );
    expect(overlapArea(label!.box, node)).toBe(0);
  });

  it('keeps every label even when all positions collide', () => {
    const wall = { x: -1000, y: -1000, width: 3000, height: 3000 };
    const placed = placeEdgeLabels(
      [
        {
          key: 'a',
          text: '3',
          points: [
            { x: 0, y: 0 },
            { x: 10, y: 0 },
          ],
        },
      ],
      [wall],
    );
    expect(placed.map((p) => p.text)).toEqual(['3']);
    expect(labelBox('3', { x: 0, y: 0 }).width).toBeGreaterThan(0);
  });
});
