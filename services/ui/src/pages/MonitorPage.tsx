import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { LineChart } from '../components/LineChart.tsx';
import { SortableTable } from '../components/SortableTable.tsx';
import { useApp } from '../context.tsx';
import { useAsync, useDocumentTitle } from '../hooks.ts';
import { loadMonitor, type MonitorData, type OperationRow } from '../model/monitor.ts';

const MINUTE = 60_000;
const RANGES: [string, number][] = [
  ['Last 15 minutes', 15 * MINUTE],
  ['Last 30 minutes', 30 * MINUTE],
  ['Last hour', 60 * MINUTE],
  ['Last 2 hours', 120 * MINUTE],
  ['Last 6 hours', 360 * MINUTE],
  ['Last 12 hours', 720 * MINUTE],
  ['Last 24 hours', 1440 * MINUTE],
];
const STEPS: [string, number][] = [
  ['15s', 15_000],
  ['30s', 30_000],
  ['1m', MINUTE],
  ['5m', 5 * MINUTE],
  ['15m', 15 * MINUTE],
];
const SPAN_KINDS = ['server', 'client', 'producer', 'consumer', 'internal'];
/** Jaeger UI's rate window: requests per second averaged over 10 minutes. */
const RATE_PER = 10 * MINUTE;

const fmtMs = (v: number): string =>
  Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms` : '—';
const fmtRate = (v: number): string =>
  Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(0)}/s` : '—';
const fmtPct = (v: number): string => (Number.isFinite(v) ? `${(v * 100).toFixed(v < 0.1 ? 2 : 1)}%` : '—');

/** What Jaeger UI shows when no metrics backend answers (`monitor.emptyState`). */
function EmptyState(props: { message: string }): ReactNode {
  const { config } = useApp();
  return (
    <div className="monitor-empty" role="status">
      <h2>Get started with Service Performance Monitoring</h2>
      <p>
        Request rates, error rates and latencies of every service and operation, computed from the spans
        themselves. This query service has no metrics backend configured ({props.message}).
      </p>
      <p>
        Start Spanstream&apos;s aggregator and run the query service with a metrics storage to fill this tab.{' '}
        <a href={config.monitor.docsLink} target="_blank" rel="noopener noreferrer">
          Read the documentation
        </a>
      </p>
    </div>
  );
}

function OperationsTable(props: { service: string; rows: OperationRow[] }): ReactNode {
  const traces = (op: string): string =>
    `/search?${new URLSearchParams({ service: props.service, operation: op }).toString()}`;
  return (
    <SortableTable
      label="Operations"
      rows={props.rows}
      initialSort="impact"
      rowKey={(r) => r.name}
      columns={[
        {
          key: 'name',
          label: 'Name',
          value: (r) => r.name,
          render: (r) => (
            <span className="op-name">
              {r.name} <Link to={traces(r.name)}>View traces</Link>
            </span>
          ),
        },
        {
          key: 'p95',
          label: 'P95 Latency',
          value: (r) => r.p95 || 0,
          render: (r) => fmtMs(r.p95),
          numeric: true,
        },
        {
          key: 'rate',
          label: 'Request rate',
          value: (r) => r.rate || 0,
          render: (r) => fmtRate(r.rate),
          numeric: true,
        },
        {
          key: 'errorRate',
          label: 'Error rate',
          value: (r) => r.errorRate || 0,
          render: (r) => fmtPct(r.errorRate),
          numeric: true,
        },
        {
          key: 'impact',
          label: 'Impact',
          value: (r) => r.impact,
          render: (r) => (
            <span className="impact" title={r.impact.toFixed(2)}>
              <span style={{ width: `${Math.round(r.impact * 100)}%` }} />
            </span>
          ),
          numeric: true,
        },
      ]}
    />
  );
}

function MonitorView(props: { data: MonitorData; service: string }): ReactNode {
  const { data } = props;
  if (data.kind === 'unconfigured') return <EmptyState message={data.message} />;
  return (
    <>
      <div className="monitor-charts">
        <LineChart title="Latency" series={data.latencies} format={fmtMs} />
        <LineChart title="Error rate" series={data.errors} format={fmtPct} />
        <LineChart title="Request rate" series={data.calls} format={fmtRate} />
      </div>
      <h2>Operations metrics under {props.service}</h2>
      {data.operations.length === 0 ? (
        <p className="muted">No operations in this time range.</p>
      ) : (
        <OperationsTable service={props.service} rows={data.operations} />
      )}
    </>
  );
}

/** Jaeger UI's Monitor (SPM) tab over the metrics query API: RED charts and per-operation table. */
export function MonitorPage(): ReactNode {
  const { api } = useApp();
  useDocumentTitle('Monitor');
  const [params, setParams] = useSearchParams();
  const services = useAsync(() => api.services(), 'services');
  const serviceList = services.state === 'done' ? services.value : [];
  const service = params.get('service') ?? serviceList[0] ?? '';
  const spanKind = params.get('spanKind') ?? 'server';
  const range = Number(params.get('range') ?? 60 * MINUTE);
  const step = Number(params.get('step') ?? MINUTE);
  const [endTs, setEndTs] = useState(() => Date.now());
  const query = {
    service,
    spanKind,
    endTs,
    lookback: range,
    step,
    ratePer: RATE_PER,
    groupByOperation: false,
  };
  const data = useAsync(
    () => (service === '' ? Promise.resolve(undefined) : loadMonitor(api, query)),
    JSON.stringify(query),
  );
  const set = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (key !== 'service' && !next.has('service') && service !== '') next.set('service', service);
    setParams(next);
  };
  const select = (label: string, name: string, value: string, options: [string, string][]): ReactNode => (
    <label>
      {label}{' '}
      <select name={name} value={value} onChange={(e) => set(name, e.target.value)}>
        {options.map(([text, v]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="monitor-page">
      <div className="row">
        <h1>Monitor</h1>
        {select(
          'Service',
          'service',
          service,
          serviceList.map((s) => [s, s]),
        )}
        {select(
          'Span kind',
          'spanKind',
          spanKind,
          SPAN_KINDS.map((k) => [k, k]),
        )}
        {select(
          'Time range',
          'range',
          String(range),
          RANGES.map(([t, v]) => [t, String(v)]),
        )}
        {select(
          'Step',
          'step',
          String(step),
          STEPS.map(([t, v]) => [t, String(v)]),
        )}
        <button type="button" onClick={() => setEndTs(Date.now())}>
          Refresh
        </button>
      </div>
      {services.state === 'error' && <p className="error">Services: {services.error}</p>}
      {services.state === 'done' && service === '' && <p className="muted">No services found.</p>}
      {data.state === 'loading' && service !== '' && <p className="muted">Loading metrics…</p>}
      {data.state === 'error' && <p className="error">{data.error}</p>}
      {data.state === 'done' && data.value !== undefined && (
        <MonitorView data={data.value} service={service} />
      )}
    </div>
  );
}
