import { useMemo, useState, type ReactNode } from 'react';
import { callPaths, pathLabel } from '../model/call-paths.ts';
import { layoutAggregatedFlame, type FlameBox, type FlameMeasure } from '../model/flame-aggregate.ts';
import { formatDuration } from '../model/format.ts';
import type { Trace } from '../model/trace.ts';
import { serviceColor } from './colors.ts';
import { fitLabel } from './flame-label.ts';

const ROW = 20;
const WIDTH = 1200;

function tooltip(box: FlameBox, label: string, traces: number): string {
  const p = box.path;
  const lines = [
    label,
    `${p.count} span${p.count === 1 ? '' : 's'} · total ${formatDuration(p.totalTime)} · self ${formatDuration(p.selfTime)}`,
  ];
  if (traces > 1) lines.push(`in ${p.counts.filter((c) => c > 0).length} of ${traces} traces`);
  return lines.join('\n');
}

/**
 * Flame graph of merged call paths (model/flame-aggregate.ts) over one trace or many: every
 * service+operation chain once, as wide as its total or inclusive self time. Click a box to zoom
 * into it. Boxes under half a pixel are not drawn, which keeps 10,000-path trees to a few hundred nodes.
 */
export function AggregatedFlame(props: { traces: readonly Trace[] }): ReactNode {
  const [measure, setMeasure] = useState<FlameMeasure>('total');
  const [focus, setFocus] = useState<FlameBox | null>(null);
  const tree = useMemo(() => callPaths(props.traces), [props.traces]);
  const layout = useMemo(() => layoutAggregatedFlame(tree, measure), [tree, measure]);
  const x0 = focus?.x ?? 0;
  const span = Math.max(1e-9, focus?.width ?? layout.extent);
  const drawn = useMemo(() => {
    const scale = WIDTH / span;
    return layout.boxes
      .map((b) => {
        const left = Math.max(0, (b.x - x0) * scale);
        return { box: b, left, width: Math.min(WIDTH, (b.x + b.width - x0) * scale) - left };
      })
      .filter((d) => d.width >= 0.5);
  }, [layout, x0, span]);
  const spans = props.traces.reduce((n, t) => n + t.spans.length, 0);
  return (
    <div className="flame aggregated-flame">
      <div className="row">
        <span className="muted">
          {tree.paths.length} call paths merged from {spans} spans
          {props.traces.length > 1 ? ` of ${props.traces.length} traces` : ''}. Click a box to zoom.
        </span>
        <label>
          Width{' '}
          <select
            aria-label="Box width"
            value={measure}
            onChange={(e) => {
              // A zoomed box's coordinates belong to the other measure's layout.
              setFocus(null);
              setMeasure(e.target.value as FlameMeasure);
            }}
          >
            <option value="total">Total time</option>
            <option value="self">Self time (with callees)</option>
          </select>
        </label>
        {focus && (
          <button type="button" onClick={() => setFocus(null)}>
            Reset zoom
          </button>
        )}
      </div>
      <svg
        viewBox={`0 0 ${WIDTH} ${Math.max(1, layout.rows) * ROW}`}
        width="100%"
        role="img"
        aria-label="Aggregated flame graph"
      >
        {drawn.map(({ box, left, width }) => {
          const label = `${box.path.service}: ${box.path.operation}`;
          const text = fitLabel(label, width);
          const path = pathLabel(tree, box.path.id);
          return (
            <g
              key={box.path.id}
              transform={`translate(${left},${box.row * ROW})`}
              onClick={() => setFocus(box)}
              className="flame-box"
              data-path={path}
              data-count={box.path.count}
            >
              <rect width={width} height={ROW - 1} fill={serviceColor(box.path.service)} />
              <title>{tooltip(box, path, props.traces.length)}</title>
              {text !== '' && (
                <text x={3} y={14} className="flame-label">
                  {text}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
