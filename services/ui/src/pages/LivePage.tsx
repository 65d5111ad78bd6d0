import type { ReactNode, SyntheticEvent } from 'react';
import { useEffect, useReducer, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { LiveSpan } from '../api/live-stream.ts';
import { readLiveStream } from '../api/live-stream.ts';
import { useApp } from '../context.tsx';
import { useAsync, useDocumentTitle } from '../hooks.ts';
import { formatDuration, formatTimestamp } from '../model/format.ts';
import { INITIAL_LIVE_STATE, LIVE_LIST_LIMIT, liveReducer } from '../model/live-list.ts';
import { parseLogfmt } from '../model/logfmt.ts';

/** Spans are added to the list at most this often, so a busy topic does not re-render per span. */
const FLUSH_MS = 250;
const FILTER_KEYS = ['service', 'operation', 'tags', 'minDuration'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;

function filtersFrom(params: URLSearchParams): Filters {
  return {
    service: params.get('service') ?? '',
    operation: params.get('operation') ?? '',
    tags: params.get('tags') ?? '',
    minDuration: params.get('minDuration') ?? '',
  };
}

/** The stream's query: the search form's logfmt tags become `/api/traces`' JSON `tags` parameter. */
function streamParams(f: Filters): URLSearchParams | string {
  const params = new URLSearchParams();
  if (f.service) params.set('service', f.service);
  if (f.operation) params.set('operation', f.operation);
  if (f.minDuration) params.set('minDuration', f.minDuration);
  if (f.tags.trim()) {
    const tags = parseLogfmt(f.tags);
    if (!tags.ok) return `Tags: ${tags.error}`;
    params.set('tags', JSON.stringify(tags.tags));
  }
  return params;
}

function isError(span: LiveSpan): boolean {
  return (span.tags ?? []).some((t) => t.key === 'error' && (t.value === true || t.value === 'true'));
}

function LiveFilterForm(props: { initial: Filters; onApply: (f: Filters) => void }): ReactNode {
  const { api } = useApp();
  const [f, setF] = useState(props.initial);
  const services = useAsync(() => api.services(), 'services');
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    props.onApply(f);
  };
  const field = (key: keyof Filters, label: string, placeholder: string): ReactNode => (
    <label>
      {label}
      <input
        name={key}
        placeholder={placeholder}
        value={f[key]}
        onChange={(e) => setF((prev) => ({ ...prev, [key]: e.target.value }))}
      />
    </label>
  );
  return (
    <form className="live-form" onSubmit={submit} aria-label="Live tail filters">
      <label>
        Service
        <select
          name="service"
          value={f.service}
          onChange={(e) => setF((p) => ({ ...p, service: e.target.value }))}
        >
          <option value="">All services</option>
          {(services.state === 'done' ? services.value : []).map((s) => (
            <option key={s}>{s}</option>
          ))}
          {f.service !== '' && services.state === 'done' && !services.value.includes(f.service) && (
            <option>{f.service}</option>
          )}
        </select>
      </label>
      {field('operation', 'Operation', 'all operations')}
      {field('tags', 'Tags', 'error=true http.status_code=500')}
      {field('minDuration', 'Min Duration', 'e.g. 100ms')}
      <button type="submit">Tail</button>
    </form>
  );
}

function LiveRow({ span }: { span: LiveSpan }): ReactNode {
  return (
    <tr className={isError(span) ? 'live-row live-error' : 'live-row'}>
      <td className="muted">{formatTimestamp(span.startTime)}</td>
      <td>{span.process?.serviceName ?? ''}</td>
      <td>
        {span.operationName}
        {isError(span) && <span className="badge badge-error">error</span>}
      </td>
      <td className="num">{formatDuration(span.duration)}</td>
      <td>
        <Link className="trace-id" to={`/trace/${span.traceID}`}>
          {span.traceID.slice(0, 7)}
        </Link>
      </td>
    </tr>
  );
}

/** Live tail: spans as the collectors accept them (`GET /api/stream/spans`), newest first. */
export function LivePage(): ReactNode {
  const { api } = useApp();
  useDocumentTitle('Live');
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const query = streamParams(filters);
  const url = typeof query === 'string' ? '' : api.liveStreamUrl(query);
  const [state, dispatch] = useReducer(liveReducer, INITIAL_LIVE_STATE);
  // Bumped by Reconnect: opens the stream again with the same filters.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    dispatch({ type: 'reset' });
    if (url === '') return undefined;
    const abort = new AbortController();
    let arrived: LiveSpan[] = [];
    const flush = setInterval(() => {
      if (arrived.length === 0) return;
      dispatch({ type: 'spans', spans: arrived });
      arrived = [];
    }, FLUSH_MS);
    void readLiveStream(
      url,
      {
        onReady: () => dispatch({ type: 'ready' }),
        onSpan: (span) => {
          arrived.push(span);
          // A burst larger than the list replaces it: keep only what can be shown.
          if (arrived.length > 2 * LIVE_LIST_LIMIT) arrived = arrived.slice(-LIVE_LIST_LIMIT);
        },
        onDropped: (total) => dispatch({ type: 'dropped', total }),
        onError: (message) => dispatch({ type: 'error', message }),
      },
      abort.signal,
    );
    return () => {
      clearInterval(flush);
      abort.abort();
    };
  }, [url, attempt]);

  const apply = (f: Filters): void => {
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) if (f[key]) next.set(key, f[key]);
    setParams(next);
  };
  const status =
    state.status === 'error'
      ? ''
      : state.status === 'connecting'
        ? 'Connecting…'
        : state.paused
          ? `Paused: ${state.held.length} new span(s) held`
          : 'Live';
  return (
    <div className="live-page">
      <h1>Live</h1>
      <LiveFilterForm key={params.toString()} initial={filters} onApply={apply} />
      <div className="row live-bar">
        <span className={`live-status live-${state.status}`} role="status">
          {status}
        </span>
        <span className="muted">{state.received} received</span>
        {state.dropped > 0 && (
          <span className="live-dropped" title="The browser read too slowly: the server dropped these">
            ⚠ {state.dropped} dropped
          </span>
        )}
        <span className="spacer" />
        <button type="button" onClick={() => dispatch({ type: state.paused ? 'resume' : 'pause' })}>
          {state.paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'clear' })}>
          Clear
        </button>
      </div>
      {typeof query === 'string' && <p className="error">{query}</p>}
      {state.status === 'error' && (
        <p className="error">
          {state.error}{' '}
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            Reconnect
          </button>
        </p>
      )}
      {state.spans.length === 0 && state.status === 'live' && (
        <p className="muted">Waiting for spans that match the filters…</p>
      )}
      {state.spans.length > 0 && (
        <table className="data-table live-table" aria-label="Live spans">
          <thead>
            <tr>
              <th>Start</th>
              <th>Service</th>
              <th>Operation</th>
              <th className="num">Duration</th>
              <th>Trace</th>
            </tr>
          </thead>
          <tbody>
            {state.spans.map((span) => (
              <LiveRow key={`${span.traceID}:${span.spanID}`} span={span} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
