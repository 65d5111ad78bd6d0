import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useApp } from '../context.tsx';
import { ddgHref } from '../model/ddg-url.ts';
import { formatDuration, formatTimestamp } from '../model/format.ts';
import { linksFor } from '../model/link-patterns.ts';
import type { Trace } from '../model/trace.ts';
import { downloadJson } from '../pages/download.ts';
import { CopyButton } from './CopyButton.tsx';

function ArchiveButton(props: { traceID: string }): ReactNode {
  const { api } = useApp();
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string }>(
    {
      kind: 'idle',
    },
  );
  const archive = async (): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      await api.archive(props.traceID);
      setState({ kind: 'done' });
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <>
      <button
        type="button"
        disabled={state.kind === 'busy' || state.kind === 'done'}
        onClick={() => void archive()}
      >
        {state.kind === 'done' ? 'Archived' : 'Archive Trace'}
      </button>
      {state.kind === 'error' && <span className="error">{state.message}</span>}
    </>
  );
}

export function TraceHeader(props: { trace: Trace; local: boolean }): ReactNode {
  const { trace, local } = props;
  const { config, capabilities } = useApp();
  const idLinks = linksFor(
    config.linkPatterns,
    'traces',
    { key: 'traceID', value: trace.traceID },
    {
      siblings: [],
      trace: {
        traceID: trace.traceID,
        startTime: trace.startTime,
        endTime: trace.endTime,
        duration: trace.duration,
      },
    },
  );
  return (
    <header className="trace-header">
      <div className="trace-title">
        <Link to="/search" className="back" aria-label="Back to search">
          ←
        </Link>
        <h1>
          {trace.rootService}: {trace.rootOperation}{' '}
          <span className="trace-id">{trace.traceID.slice(0, config.traceIdDisplayLength)}</span>
        </h1>
        <CopyButton text={trace.traceID} label="Copy the trace ID" />
        {idLinks.map((l) => (
          <a key={l.url} href={l.url} target="_blank" rel="noopener noreferrer">
            {l.text}
          </a>
        ))}
        <span className="spacer" />
        {/* This trace's operation-level graph (an uploaded trace is not in storage: the service-level one). */}
        <Link
          className="trace-ddg"
          to={ddgHref(trace.rootService, local ? {} : { search: `traceID=${trace.traceID}` })}
        >
          Deep Dependency Graph
        </Link>
        {config.archiveEnabled && capabilities.archiveStorage && !local && (
          <ArchiveButton traceID={trace.traceID} />
        )}
        <button
          type="button"
          onClick={() => downloadJson(`trace-${trace.traceID}.json`, { data: [trace.raw] })}
        >
          Download JSON
        </button>
      </div>
      <dl className="trace-facts">
        <div>
          <dt>Trace Start</dt>
          <dd>{formatTimestamp(trace.startTime)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(trace.duration)}</dd>
        </div>
        <div>
          <dt>Services</dt>
          <dd>{trace.services.length}</dd>
        </div>
        <div>
          <dt>Depth</dt>
          <dd>{trace.maxDepth}</dd>
        </div>
        <div>
          <dt>Total Spans</dt>
          <dd>{trace.spans.length}</dd>
        </div>
        <div>
          <dt>Errors</dt>
          <dd className={trace.errorCount > 0 ? 'error' : ''}>{trace.errorCount}</dd>
        </div>
      </dl>
    </header>
  );
}
