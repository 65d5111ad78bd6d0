import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDuration, formatRelative, formatTimestamp } from '../model/format.ts';
import type { Trace } from '../model/trace.ts';
import { serviceColor } from './colors.ts';

export function ResultList(props: {
  traces: readonly Trace[];
  selected: readonly string[];
  onToggle: (traceID: string) => void;
  idLength: number;
  /** Where a click on a service of a result leads (the deep dependency graph); plain labels without. */
  serviceHref?: ((service: string) => string) | undefined;
}): ReactNode {
  // Fixed at mount so "x minutes ago" does not change between re-renders.
  const [now] = useState(() => Date.now());
  return (
    <ul className="result-list">
      {props.traces.map((t) => (
        <li key={t.traceID} className="result-item" data-trace-id={t.traceID}>
          <div className="result-title">
            <input
              type="checkbox"
              aria-label={`Select ${t.traceID} for comparison`}
              checked={props.selected.includes(t.traceID)}
              onChange={() => {
                props.onToggle(t.traceID);
              }}
            />
            <Link to={`/trace/${t.traceID}`}>
              {t.rootService}: {t.rootOperation || '(no operation)'}{' '}
              <span className="trace-id">{t.traceID.slice(0, props.idLength)}</span>
            </Link>
            <span className="result-duration">{formatDuration(t.duration)}</span>
          </div>
          <div className="result-meta">
            <span className="badge">{t.spans.length} Spans</span>
            {t.errorCount > 0 && <span className="badge badge-error">{t.errorCount} Errors</span>}
            {t.services.map((s) =>
              props.serviceHref ? (
                <Link
                  key={s.name}
                  to={props.serviceHref(s.name)}
                  className="service-tag"
                  title={`Deep Dependency Graph of ${s.name}`}
                  style={{ borderLeftColor: serviceColor(s.name) }}
                >
                  {s.name} ({s.count})
                </Link>
              ) : (
                <span key={s.name} className="service-tag" style={{ borderLeftColor: serviceColor(s.name) }}>
                  {s.name} ({s.count})
                </span>
              ),
            )}
            <span className="result-time" title={formatTimestamp(t.startTime)}>
              {formatTimestamp(t.startTime)} · {formatRelative(t.startTime, now)}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
