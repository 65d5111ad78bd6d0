import { useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Operation } from '../api/types.ts';
import { useApp } from '../context.tsx';
import { useAsync } from '../hooks.ts';
import { LOOKBACKS, lookbackMicros, type SearchQuery } from '../model/search-query.ts';

const LAST_SERVICE_KEY = 'spanstream.lastService';

function toLocalInput(micros: number | undefined): string {
  if (micros === undefined) return '';
  const d = new Date(micros / 1000 - new Date().getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): number | undefined {
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : ms * 1000;
}

/** Lookbacks up to `search.maxLookback`, as Jaeger UI caps them. */
function allowedLookbacks(max: string): string[] {
  const cap = lookbackMicros(max) ?? Number.POSITIVE_INFINITY;
  return LOOKBACKS.filter((l) => (lookbackMicros(l) ?? 0) <= cap);
}

const DURATION_FIELDS = [
  ['Max Duration', 'maxDuration'],
  ['Min Duration', 'minDuration'],
] as const;

interface FieldProps<T> {
  readonly label: string;
  readonly name: string;
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** A labelled text input. */
function TextField(props: FieldProps<string> & { readonly placeholder: string }): ReactNode {
  return (
    <label>
      {props.label}
      <input
        name={props.name}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
        }}
      />
    </label>
  );
}

/** A labelled select; `children` are its options. */
function SelectField(props: FieldProps<string> & { readonly children: ReactNode }): ReactNode {
  return (
    <label>
      {props.label}
      <select
        name={props.name}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
        }}
      >
        {props.children}
      </select>
    </label>
  );
}

/** A labelled local date and time input for a time in microseconds (undefined when empty). */
function DateTimeField(props: FieldProps<number | undefined>): ReactNode {
  return (
    <label>
      {props.label}
      <input
        type="datetime-local"
        name={props.name}
        value={toLocalInput(props.value)}
        onChange={(e) => {
          props.onChange(fromLocalInput(e.target.value));
        }}
      />
    </label>
  );
}

export function SearchForm(props: { initial: SearchQuery; onSearch: (q: SearchQuery) => void }): ReactNode {
  const { api, config } = useApp();
  const [q, setQ] = useState<SearchQuery>(() => ({
    ...props.initial,
    service: props.initial.service || (localStorage.getItem(LAST_SERVICE_KEY) ?? ''),
  }));
  const services = useAsync(() => api.services(), 'services');
  const operations = useAsync<Operation[]>(
    () => (q.service ? api.operations(q.service) : Promise.resolve([])),
    `ops:${q.service}`,
  );
  const set = <K extends keyof SearchQuery>(key: K, value: SearchQuery[K]): void => {
    setQ((prev) => ({ ...prev, [key]: value }));
  };
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    if (q.service) localStorage.setItem(LAST_SERVICE_KEY, q.service);
    props.onSearch({ ...q, traceIDs: [], limit: Math.min(q.limit, config.search.maxLimit) });
  };
  const serviceList = services.state === 'done' ? services.value : [];
  const opNames = operations.state === 'done' ? [...new Set(operations.value.map((o) => o.name))].sort() : [];
  const lookbacks = allowedLookbacks(config.search.maxLookback.value);
  return (
    <form className="search-form" onSubmit={submit} aria-label="Search traces">
      <SelectField
        label="Service"
        name="service"
        value={q.service}
        onChange={(service) => {
          setQ((prev) => ({ ...prev, service, operation: '' }));
        }}
      >
        <option value="">{services.state === 'loading' ? 'Loading…' : 'Select a service'}</option>
        {serviceList.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </SelectField>
      {services.state === 'error' && <p className="error">Services: {services.error}</p>}
      <SelectField
        label="Operation"
        name="operation"
        value={q.operation}
        onChange={(v) => set('operation', v)}
      >
        <option value="">all</option>
        {opNames.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </SelectField>
      <TextField
        label="Tags"
        name="tags"
        placeholder="http.status_code=200 error=true"
        value={q.tags}
        onChange={(v) => set('tags', v)}
      />
      <SelectField label="Lookback" name="lookback" value={q.lookback} onChange={(v) => set('lookback', v)}>
        {lookbacks.map((l) => (
          <option key={l} value={l}>
            Last {l}
          </option>
        ))}
        <option value="custom">Custom time range</option>
      </SelectField>
      {q.lookback === 'custom' && (
        <div className="row">
          <DateTimeField label="Start" name="start" value={q.start} onChange={(v) => set('start', v)} />
          <DateTimeField label="End" name="end" value={q.end} onChange={(v) => set('end', v)} />
        </div>
      )}
      <div className="row">
        {DURATION_FIELDS.map(([label, key]) => (
          <TextField
            key={key}
            label={label}
            name={key}
            placeholder="e.g. 1.2s, 100ms, 500us"
            value={q[key]}
            onChange={(v) => set(key, v)}
          />
        ))}
      </div>
      <label>
        Limit Results
        <input
          name="limit"
          type="number"
          min={1}
          max={config.search.maxLimit}
          value={q.limit}
          onChange={(e) => {
            set('limit', Number(e.target.value) || 1);
          }}
        />
      </label>
      <button type="submit" className="primary" disabled={!q.service}>
        Find Traces
      </button>
    </form>
  );
}
