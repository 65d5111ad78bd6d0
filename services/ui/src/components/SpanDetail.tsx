import { memo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { KeyValue } from '../api/types.ts';
import type { LinkPattern } from '../config/ui-config.ts';
import { useApp } from '../context.tsx';
import { formatDuration, formatTagValue } from '../model/format.ts';
import { linksFor, type LinkContext } from '../model/link-patterns.ts';
import type { Span, Trace } from '../model/trace.ts';
import { CopyButton } from './CopyButton.tsx';

function KeyValueTable(props: {
  items: readonly KeyValue[];
  type: LinkPattern['type'];
  ctx: LinkContext;
}): ReactNode {
  const { config } = useApp();
  return (
    <table className="kv-table">
      <tbody>
        {props.items.map((kv, i) => {
          const links = linksFor(config.linkPatterns, props.type, kv, props.ctx);
          const text = formatTagValue(kv.value);
          return (
            <tr key={`${kv.key}-${i}`} data-key={kv.key}>
              <td className="kv-key">{kv.key}</td>
              <td className="kv-value">
                {links.length > 0 ? (
                  links.map((l) => (
                    <a key={l.url} href={l.url} target="_blank" rel="noopener noreferrer" title={l.text}>
                      {text}
                    </a>
                  ))
                ) : (
                  <span>{text}</span>
                )}
              </td>
              <td className="kv-copy">
                <CopyButton text={text} label={`Copy the value of ${kv.key}`} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** `key=value key=value …`: what a folded section shows on its one line, as in Jaeger UI. */
function oneLine(items: readonly KeyValue[]): string {
  return items.map((kv) => `${kv.key}=${formatTagValue(kv.value).replace(/\s+/g, ' ')}`).join('  ');
}

function Section(props: {
  title: string;
  count: number;
  open?: boolean;
  preview?: string;
  children: ReactNode;
}): ReactNode {
  if (props.count === 0) return null;
  return (
    <details className="detail-section" open={props.open ?? false}>
      <summary>
        {props.title} ({props.count})
        {props.preview !== undefined && <span className="kv-preview">{props.preview}</span>}
      </summary>
      {props.children}
    </details>
  );
}

/** Span detail: tags, process, logs (relative times), references, warnings; values linked by linkPatterns. */
export const SpanDetail = memo(function SpanDetail(props: {
  span: Span;
  trace: Trace;
  onZoom?: (span: Span) => void;
}): ReactNode {
  const { span, trace, onZoom } = props;
  const traceCtx = {
    traceID: trace.traceID,
    startTime: trace.startTime,
    endTime: trace.endTime,
    duration: trace.duration,
  };
  return (
    <div className="span-detail" data-span-id={span.spanID}>
      <div className="detail-head">
        <strong>{span.operationName}</strong>
        <span>
          Service: <b>{span.serviceName}</b>
        </span>
        <span>
          Duration: <b>{formatDuration(span.duration)}</b>
        </span>
        <span>
          Start Time: <b>{formatDuration(span.relativeStart)}</b>
        </span>
        <span className="muted">
          SpanID: {span.spanID} <CopyButton text={span.spanID} label="Copy the span ID" />
        </span>
        <CopyButton
          text={JSON.stringify(trace.raw.spans.find((s) => s.spanID === span.spanID) ?? null, null, 2)}
          label="Copy the span's JSON"
        />
        <Link to={`/trace/${trace.traceID}?uiFind=${span.spanID}`}>deep link</Link>
        {onZoom && (
          <button type="button" onClick={() => onZoom(span)}>
            Zoom to span
          </button>
        )}
      </div>
      <Section title="Tags" count={span.tags.length} open preview={oneLine(span.tags)}>
        <KeyValueTable items={span.tags} type="tags" ctx={{ siblings: span.tags, trace: traceCtx }} />
      </Section>
      <Section
        title="Process"
        count={span.process.tags?.length ?? 0}
        preview={oneLine(span.process.tags ?? [])}
      >
        <KeyValueTable
          items={span.process.tags ?? []}
          type="process"
          ctx={{ siblings: span.process.tags ?? [], trace: traceCtx }}
        />
      </Section>
      <Section title="Logs" count={span.logs.length}>
        {span.logs.map((log, i) => (
          <div key={i} className="log-entry">
            <div className="muted">+{formatDuration(log.timestamp - trace.startTime)}</div>
            <KeyValueTable items={log.fields} type="logs" ctx={{ siblings: log.fields, trace: traceCtx }} />
          </div>
        ))}
      </Section>
      <Section title="References" count={span.references.length}>
        <ul className="refs">
          {span.references.map((r, i) => (
            <li key={i}>
              {r.refType}:{' '}
              {r.traceID === trace.traceID && trace.byID.has(r.spanID) ? (
                <Link to={`/trace/${trace.traceID}?uiFind=${r.spanID}`}>
                  {trace.byID.get(r.spanID)!.serviceName}: {trace.byID.get(r.spanID)!.operationName} (
                  {r.spanID})
                </Link>
              ) : (
                <Link to={`/trace/${r.traceID}?uiFind=${r.spanID}`}>
                  trace {r.traceID} span {r.spanID}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Warnings" count={span.warnings.length} open>
        <ul className="warnings">
          {span.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </Section>
    </div>
  );
});
