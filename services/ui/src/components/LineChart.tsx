import type { ReactNode } from 'react';
import type { Series } from '../api/metrics.ts';

const W = 480;
const H = 180;
const PAD = { left: 52, right: 12, top: 10, bottom: 24 };
const COLORS = ['#1f77b4', '#ff7f0e', '#d62728', '#2ca02c', '#9467bd'];

function timeLabel(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** A path through the points that are numbers; a gap where the backend had none (NaN). */
function linePath(series: Series, x: (t: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = 'M';
  for (const p of series.points) {
    if (!Number.isFinite(p.v)) {
      pen = 'M';
      continue;
    }
    d += `${pen}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`;
    pen = 'L';
  }
  return d;
}

/**
 * A small time-series line chart in inline SVG (no chart library: three charts of a few hundred
 * points need axes, lines and a legend, nothing more). Scales to its container's width.
 */
export function LineChart(props: {
  title: string;
  series: readonly Series[];
  format: (v: number) => string;
}): ReactNode {
  const points = props.series.flatMap((s) => s.points);
  const values = points.map((p) => p.v).filter((v) => Number.isFinite(v));
  const hasData = values.length > 0;
  const t0 = Math.min(...points.map((p) => p.t));
  const t1 = Math.max(...points.map((p) => p.t));
  const max = hasData ? Math.max(...values) : 0;
  const top = max > 0 ? max * 1.1 : 1;
  const x = (t: number): number =>
    PAD.left + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number): number => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  return (
    <figure className="line-chart" aria-label={props.title}>
      <figcaption>
        <strong>{props.title}</strong>
        {props.series.map((s, i) => (
          <span key={s.label} className="legend-item">
            <span className="legend-swatch" style={{ background: COLORS[i % COLORS.length] }} />
            {s.label}
          </span>
        ))}
      </figcaption>
      {hasData ? (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${props.title} chart`}>
          {[0, 0.5, 1].map((f) => (
            <g key={f}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(top * f)} y2={y(top * f)} className="grid" />
              <text x={PAD.left - 4} y={y(top * f) + 4} textAnchor="end" className="axis-label">
                {props.format(top * f)}
              </text>
            </g>
          ))}
          <text x={PAD.left} y={H - 6} className="axis-label">
            {timeLabel(t0)}
          </text>
          <text x={W - PAD.right} y={H - 6} textAnchor="end" className="axis-label">
            {timeLabel(t1)}
          </text>
          {props.series.map((s, i) => (
            <path
              key={s.label}
              d={linePath(s, x, y)}
              className="chart-line"
              data-series={s.label}
              style={{ stroke: COLORS[i % COLORS.length] }}
            />
          ))}
        </svg>
      ) : (
        <p className="muted chart-empty">No data in this time range</p>
      )}
    </figure>
  );
}
