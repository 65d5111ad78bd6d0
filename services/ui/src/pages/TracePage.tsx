import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FlameView } from '../components/FlameView.tsx';
import { SpanTable } from '../components/SpanTable.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { TraceHeader } from '../components/TraceHeader.tsx';
import { TraceJson } from '../components/TraceJson.tsx';
import { TraceStats } from '../components/TraceStats.tsx';
import { useApp } from '../context.tsx';
import { useAsync, useDocumentTitle } from '../hooks.ts';
import { buildTrace, type Trace } from '../model/trace.ts';

// The graph view pulls in dagre: load it on first use to keep the first page small.
const TraceGraph = lazy(() =>
  import('../components/TraceGraph.tsx').then((m) => ({ default: m.TraceGraph })),
);

const VIEWS = {
  timeline: 'Trace Timeline',
  graph: 'Trace Graph',
  statistics: 'Trace Statistics',
  table: 'Trace Spans Table',
  flamegraph: 'Trace Flamegraph',
  json: 'Trace JSON',
  'json-raw': 'Trace JSON (unadjusted)',
} as const;
type View = keyof typeof VIEWS;

function isView(v: string): v is View {
  return Object.hasOwn(VIEWS, v);
}

function ViewBody(props: { view: View; trace: Trace; uiFind: string; local: boolean }): ReactNode {
  const { view, trace, uiFind, local } = props;
  switch (view) {
    case 'timeline':
      return <Timeline trace={trace} uiFind={uiFind} />;
    case 'graph':
      return (
        <Suspense fallback={<p className="muted">Loading graph…</p>}>
          <TraceGraph trace={trace} />
        </Suspense>
      );
    case 'statistics':
      return <TraceStats trace={trace} />;
    case 'table':
      return <SpanTable trace={trace} />;
    case 'flamegraph':
      return <FlameView trace={trace} />;
    case 'json':
    case 'json-raw':
      return <TraceJson trace={trace} raw={view === 'json-raw'} local={local} />;
  }
}

export function TracePage(props: { traceID: string }): ReactNode {
  const { api, uploaded, config } = useApp();
  const [params, setParams] = useSearchParams();
  const local = uploaded.get(props.traceID);
  const result = useAsync(() => (local ? Promise.resolve(local) : api.trace(props.traceID)), props.traceID);
  const trace = useMemo(() => (result.state === 'done' ? buildTrace(result.value) : null), [result]);
  const viewParam = params.get('view') ?? 'timeline';
  const view: View = isView(viewParam) ? viewParam : 'timeline';
  const shortID = props.traceID.slice(0, config.traceIdDisplayLength);
  useDocumentTitle(trace ? `${trace.rootService}: ${trace.rootOperation} (${shortID})` : `Trace ${shortID}`);
  if (result.state === 'loading') return <p className="muted">Loading trace {props.traceID}…</p>;
  if (result.state === 'error')
    return (
      <p className="error">
        Trace {props.traceID}: {result.error}
      </p>
    );
  if (!trace) return null;
  const views = (Object.keys(VIEWS) as View[]).filter(
    (v) => !(config.disableJsonView && v.startsWith('json')),
  );
  return (
    <div className="trace-page">
      <TraceHeader trace={trace} local={local !== undefined} />
      <div className="tabs view-tabs" role="tablist">
        {views.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={v === view}
            className={v === view ? 'active' : ''}
            onClick={() => {
              params.set('view', v);
              setParams(params);
            }}
          >
            {VIEWS[v]}
          </button>
        ))}
      </div>
      <ViewBody view={view} trace={trace} uiFind={params.get('uiFind') ?? ''} local={local !== undefined} />
    </div>
  );
}
