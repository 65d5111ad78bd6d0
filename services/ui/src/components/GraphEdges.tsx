import { useMemo, type ReactNode } from 'react';
import { placeEdgeLabels, type Box, type Point } from '../model/edge-labels.ts';
import { pathOf } from './ZoomPan.tsx';

export interface GraphEdge {
  readonly key: string;
  readonly points: readonly Point[];
  /** Count label; empty for none. */
  readonly label: string;
}

/**
 * Edges with arrowheads and their count labels, placed off the arrowheads, the nodes and each other
 * (model/edge-labels.ts), on a halo so a label stays readable where it crosses another edge.
 */
export function GraphEdges(props: { edges: readonly GraphEdge[]; nodes: readonly Box[] }): ReactNode {
  const labels = useMemo(
    () =>
      placeEdgeLabels(
        props.edges
          .filter((e) => e.label !== '')
          .map((e) => ({ key: e.key, text: e.label, points: e.points })),
        props.nodes,
      ),
    [props.edges, props.nodes],
  );
  return (
    <>
      {props.edges.map((e) => (
        <path key={e.key} d={pathOf(e.points)} className="edge" markerEnd="url(#arrow)" />
      ))}
      {labels.map((l) => (
        <text
          key={l.key}
          x={l.x}
          y={l.y}
          className="edge-label"
          textAnchor="middle"
          dominantBaseline="central"
        >
          {l.text}
        </text>
      ))}
    </>
  );
}

/** The boxes of laid-out nodes (centre coordinates), as obstacles for edge labels. */
export function nodeBoxes(nodes: Iterable<{ x: number; y: number; width: number; height: number }>): Box[] {
  return [...nodes].map((n) => ({
    x: n.x - n.width / 2,
    y: n.y - n.height / 2,
    width: n.width,
    height: n.height,
  }));
}
