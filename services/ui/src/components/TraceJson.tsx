import type { ReactNode } from 'react';
import { useApp } from '../context.tsx';
import { useAsync } from '../hooks.ts';
import type { Trace } from '../model/trace.ts';

/** Pretty JSON from the API (adjusted or `raw=true`), or the uploaded document for local traces. */
export function TraceJson(props: { trace: Trace; raw: boolean; local: boolean }): ReactNode {
  const { api } = useApp();
  const { trace, raw, local } = props;
  const json = useAsync(
    () =>
      local
        ? Promise.resolve(JSON.stringify({ data: [trace.raw] }, null, 2))
        : api.traceJson(trace.traceID, raw),
    `${trace.traceID}:${raw}:${local}`,
  );
  if (json.state === 'loading') return <p className="muted">Loading JSON…</p>;
  if (json.state === 'error') return <p className="error">{json.error}</p>;
  return (
    <pre className="json-view" aria-label="Trace JSON">
      {json.value}
    </pre>
  );
}
