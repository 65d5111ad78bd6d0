import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ddgHref, tracesHref } from '../model/ddg-url.ts';
import type { DependencyFilters } from '../model/dependency-filters.ts';
import { HiddenServices } from './HiddenServices.tsx';

/** The System Architecture filters: name substring, minimum calls, neighbourhood, hidden services. */
export function DependencyFilterBar(props: {
  filters: DependencyFilters;
  services: readonly string[];
  lookback: number;
  onChange: (f: DependencyFilters) => void;
}): ReactNode {
  const { filters: f, onChange } = props;
  return (
    <div className="dependency-filters">
      <div className="row">
        <label>
          Service name{' '}
          <input
            type="search"
            name="q"
            placeholder="Filter services…"
            value={f.query}
            onChange={(e) => onChange({ ...f, query: e.target.value })}
          />
        </label>
        <label>
          Min. calls{' '}
          <input
            type="number"
            name="minCalls"
            min={0}
            value={f.minCalls}
            onChange={(e) =>
              onChange({ ...f, minCalls: Math.max(0, Math.floor(Number(e.target.value) || 0)) })
            }
          />
        </label>
        <label>
          Neighbourhood of{' '}
          <select name="focus" value={f.focus} onChange={(e) => onChange({ ...f, focus: e.target.value })}>
            <option value="">(all services)</option>
            {props.services.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {f.focus !== '' && (
          <>
            <Link to={ddgHref(f.focus, { lookback: props.lookback })}>Deep Dependency Graph</Link>
            <Link to={tracesHref(f.focus, undefined, props.lookback)}>View traces</Link>
          </>
        )}
      </div>
      <HiddenServices
        services={props.services}
        hidden={f.hidden}
        onChange={(hidden) => onChange({ ...f, hidden })}
      />
    </div>
  );
}
