import type { ReactNode } from 'react';
import { formatDuration } from '../model/format.ts';
import type { GraphNode } from '../model/trace-graph.ts';
import { serviceColor } from './colors.ts';

export const NODE_W = 200;
export const NODE_H = 46;

/** One trace-graph node centred at (x, y): service bar and name, operation, count and self time. */
export function GraphNodeBox(props: {
  node: GraphNode;
  x: number;
  y: number;
  fill: string;
  title?: string;
  className?: string;
}): ReactNode {
  const { node: n, x, y } = props;
  const operation =
    n.folded === undefined ? n.operation : `+${n.folded} more call path${n.folded === 1 ? '' : 's'}`;
  return (
    <g
      className={`graph-node ${props.className ?? ''}`}
      data-folded={n.folded}
      transform={`translate(${x - NODE_W / 2},${y - NODE_H / 2})`}
    >
      {props.title !== undefined && <title>{props.title}</title>}
      <rect
        width={NODE_W}
        height={NODE_H}
        rx={4}
        strokeDasharray={n.folded === undefined ? undefined : '4 3'}
        style={{ stroke: serviceColor(n.service), fill: props.fill }}
      />
      <rect width={6} height={NODE_H} style={{ fill: serviceColor(n.service) }} />
      <text x={12} y={16} className="node-service">
        {n.service}
      </text>
      <text x={12} y={31} className="node-op">
        {operation.length > 28 ? `${operation.slice(0, 27)}…` : operation}
      </text>
      <text x={12} y={42} className={n.errors > 0 ? 'node-meta node-error' : 'node-meta'}>
        {n.count}× · self {formatDuration(n.selfTime)}
        {n.errors > 0 ? ` · ${n.errors} err` : ''}
      </text>
    </g>
  );
}
