import { useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DdgGraph } from '../components/DdgGraph.tsx';
import { HiddenServices } from '../components/HiddenServices.tsx';
import { useApp } from '../context.tsx';
import { useAsync, useDocumentTitle } from '../hooks.ts';
import {
  ddgFromDependencies,
  ddgFromTraces,
  deepDependencies,
  type DdgDirection,
  type DdgEntity,
  type DdgSource,
} from '../model/ddg.ts';
import { ddgFromUrl, ddgToUrl, tracesHref, type DdgState } from '../model/ddg-url.ts';
import { lookbackMicros, queryFromUrl, toApiParams } from '../model/search-query.ts';

const LOOKBACKS: [string, number][] = [
  ['1 hour', 3_600_000],
  ['1 day', 86_400_000],
  ['2 days', 2 * 86_400_000],
  ['1 week', 7 * 86_400_000],
  ['2 weeks', 14 * 86_400_000],
];
const DIRECTIONS: [DdgDirection, string][] = [
  ['both', 'Both'],
  ['upstream', 'Upstream'],
  ['downstream', 'Downstream'],
];

/** `/api/dependencies` (service level) or the traces of a search (operation level), per the URL. */
function useDdgSource(state: DdgState) {
  const { api } = useApp();
  const [endTs] = useState(() => Date.now());
  const key = state.search === undefined ? `deps:${endTs}:${state.lookback}` : `search:${state.search}`;
  return useAsync(async (): Promise<DdgSource> => {
    if (state.search === undefined) return ddgFromDependencies(await api.dependencies(endTs, state.lookback));
    const query = toApiParams(queryFromUrl(new URLSearchParams(state.search)), Date.now() * 1000);
    if (!query.ok) throw new Error(query.error);
    return ddgFromTraces((await api.searchTraces(query.params)).traces);
  }, key);
}

function HopSelector(props: {
  label: string;
  value: number;
  max: number;
  onChange: (n: number) => void;
}): ReactNode {
  const choices = Array.from({ length: Math.max(props.max, props.value, 1) }, (_, i) => i + 1);
  return (
    <label>
      {props.label}{' '}
      <select name={props.label} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {choices.map((n) => (
          <option key={n} value={n}>
            {n} / {props.max}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Jaeger UI's Deep Dependency Graph: a focal service (or operation) with its upstream and downstream hops. */
export function DeepDependenciesPage(): ReactNode {
  const [params, setParams] = useSearchParams();
  const paramString = params.toString();
  const state = useMemo(() => ddgFromUrl(new URLSearchParams(paramString)), [paramString]);
  const update = (change: Partial<DdgState>): void => {
    setParams(ddgToUrl({ ...state, ...change }));
  };
  useDocumentTitle(`Deep Dependency Graph${state.service === '' ? '' : `: ${state.service}`}`);
  const source = useDdgSource(state);
  const view = useMemo(
    () =>
      source.state === 'done' && state.service !== ''
        ? deepDependencies(source.value, { ...state, hidden: new Set(state.hidden) })
        : undefined,
    [source, state],
  );
  const services = useMemo(
    () =>
      source.state === 'done'
        ? [...new Set([...source.value.entities.values()].map((e) => e.service))].sort()
        : [],
    [source],
  );
  const operations = useMemo(
    () =>
      source.state === 'done'
        ? [...source.value.entities.values()]
            .filter((e) => e.service === state.service && e.operation !== undefined)
            .map((e) => e.operation!)
            .sort()
        : [],
    [source, state.service],
  );
  const searchLookback =
    state.search === undefined
      ? state.lookback
      : (lookbackMicros(queryFromUrl(new URLSearchParams(state.search)).lookback) ?? 3_600_000_000) / 1000;
  const refocus = (e: DdgEntity): void => update({ service: e.service, operation: e.operation });
  return (
    <div className="dependencies-page ddg-page">
      <div className="row">
        <h1>Deep Dependency Graph</h1>
        <span className="muted">
          {state.search === undefined
            ? 'services, from the dependency links'
            : 'services and operations, from the traces of a search'}
        </span>
      </div>
      <div className="row ddg-controls">
        <label>
          Service{' '}
          <select
            name="service"
            value={state.service}
            onChange={(e) => update({ service: e.target.value, operation: undefined })}
          >
            <option value="">Choose a service</option>
            {services.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {state.search !== undefined && (
          <label>
            Operation{' '}
            <select
              name="operation"
              value={state.operation ?? ''}
              onChange={(e) => update({ operation: e.target.value === '' ? undefined : e.target.value })}
            >
              <option value="">All</option>
              {operations.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Direction{' '}
          <select
            name="direction"
            value={state.direction}
            onChange={(e) => update({ direction: e.target.value as DdgDirection })}
          >
            {DIRECTIONS.map(([d, label]) => (
              <option key={d} value={d}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {view && state.direction !== 'downstream' && (
          <HopSelector
            label="Upstream hops"
            value={state.upstream}
            max={view.maxUpstream}
            onChange={(n) => update({ upstream: n })}
          />
        )}
        {view && state.direction !== 'upstream' && (
          <HopSelector
            label="Downstream hops"
            value={state.downstream}
            max={view.maxDownstream}
            onChange={(n) => update({ downstream: n })}
          />
        )}
        {state.search === undefined ? (
          <label>
            Lookback{' '}
            <select
              name="lookback"
              value={state.lookback}
              onChange={(e) => update({ lookback: Number(e.target.value) })}
            >
              {LOOKBACKS.map(([label, ms]) => (
                <option key={ms} value={ms}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <Link to={`/search?${state.search}`}>Back to the search</Link>
        )}
        {state.service !== '' && (
          <Link className="ddg-view-traces" to={tracesHref(state.service, state.operation, searchLookback)}>
            View traces
          </Link>
        )}
      </div>
      {source.state === 'loading' && <p className="muted">Loading dependencies…</p>}
      {source.state === 'error' && <p className="error">{source.error}</p>}
      {source.state === 'done' && state.service === '' && (
        <p className="muted">Choose a service to focus on.</p>
      )}
      {view && (
        <DdgBody
          view={view}
          services={services}
          state={state}
          lookback={searchLookback}
          onFocus={refocus}
          onHidden={(hidden) => update({ hidden })}
        />
      )}
    </div>
  );
}

function DdgBody(props: {
  view: NonNullable<ReturnType<typeof deepDependencies>>;
  services: readonly string[];
  state: DdgState;
  lookback: number;
  onFocus: (e: DdgEntity) => void;
  onHidden: (hidden: string[]) => void;
}): ReactNode {
  const { view, state } = props;
  const nodes = [...view.nodes].sort((a, b) => a.distance - b.distance || a.key.localeCompare(b.key));
  return (
    <>
      <HiddenServices
        services={props.services.filter((s) => s !== state.service)}
        hidden={state.hidden}
        onChange={props.onHidden}
      />
      {view.nodes.length === 0 ? (
        <p className="muted">No calls to or from {state.service} in this data.</p>
      ) : (
        <DdgGraph view={view} onFocus={props.onFocus} />
      )}
      <table className="ddg-nodes" aria-label="Deep dependency nodes">
        <thead>
          <tr>
            <th>Hops</th>
            <th>Service</th>
            <th>Operation</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={n.key} data-distance={n.distance}>
              <td>{n.distance}</td>
              <td>
                <button type="button" className="link-button" onClick={() => props.onFocus(n)}>
                  {n.service}
                </button>
              </td>
              <td>{n.operation ?? ''}</td>
              <td>
                <Link to={tracesHref(n.service, n.operation, props.lookback)}>View traces</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
