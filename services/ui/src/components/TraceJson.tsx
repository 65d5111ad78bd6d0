import { useMemo, type ReactNode } from 'react';
import { useApp } from '../context.tsx';
import { useAsync } from '../hooks.ts';
import { downloadText } from '../pages/download.ts';
import type { Trace } from '../model/trace.ts';
import { CopyButton } from './CopyButton.tsx';
import { JsonTree } from './JsonTree.tsx';

/**
 * The API's JSON (adjusted or `raw=true`), or the uploaded document for local traces, as a collapsible
 * tree (a 10,000-span trace opens in well under a second), with copy and download of the exact text.
 */
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
  const text = json.state === 'done' ? json.value : '';
  const parsed = useMemo(() => (text === '' ? undefined : (JSON.parse(text) as unknown)), [text]);
  if (json.state === 'loading') return <p className="muted">Loading JSON…</p>;
  if (json.state === 'error') return <p className="error">{json.error}</p>;
  return (
    <div className="json-view">
      <div className="row">
        <span className="muted">{`${(text.length / 1024).toFixed(0)} KiB`}</span>
        <CopyButton text={text} label="Copy JSON" />
        <button
          type="button"
          onClick={() => downloadText(`trace-${trace.traceID}${raw ? '-raw' : ''}.json`, text)}
        >
          Download
        </button>
      </div>
      <JsonTree value={parsed} label="Trace JSON" />
    </div>
  );
}
