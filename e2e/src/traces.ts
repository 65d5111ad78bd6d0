import { context, trace, SpanKind, type Link } from '@opentelemetry/api';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';

/** What one span of a sent trace must look like once the query service returns it. */
export interface SpanSummary {
  readonly spanID: string;
  readonly operationName: string;
  /** `refType:spanID`, sorted. */
  readonly references: readonly string[];
  readonly serviceName: string;
  readonly hostName: unknown;
  /** The tags every test span carries, as `key:type:value`, sorted. */
  readonly tags: readonly string[];
  readonly logEvents: readonly unknown[];
}

export interface SentTrace {
  readonly traceId: string;
  readonly service: string;
  /** Sorted by spanID, as `summarize` returns a stored trace. */
  readonly spans: readonly SpanSummary[];
}

/** Fails the send when the exporter reports a failure (the SDK would only log it). */
class CheckedExporter implements SpanExporter {
  readonly #inner: SpanExporter;
  error: Error | undefined;
  constructor(inner: SpanExporter) {
    this.#inner = inner;
  }
  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.#inner.export(spans, (result) => {
      if (result.code !== ExportResultCode.SUCCESS) this.error = result.error ?? new Error('export failed');
      done(result);
    });
  }
  shutdown(): Promise<void> {
    return this.#inner.shutdown();
  }
}

const TAG_KEYS = new Set(['http.method', 'http.status_code', 'cache.hit', 'ratio', 'step', 'span.kind']);

/**
 * Sends one trace of `spanCount` spans (a server root, children CHILD_OF it, the last one also
 * FOLLOWS_FROM its predecessor through an OTLP link) with the real OpenTelemetry JS SDK and its
 * OTLP/HTTP protobuf exporter, in one request. Returns what the query must return for it.
 */
export async function sendTrace(otlpHttpPort: number, service: string, spanCount = 4): Promise<SentTrace> {
  const exporter = new CheckedExporter(
    new OTLPTraceExporter({ url: `http://127.0.0.1:${otlpHttpPort}/v1/traces` }),
  );
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'host.name': 'e2e-host' }),
    spanProcessors: [new BatchSpanProcessor(exporter, { maxExportBatchSize: 10_000, maxQueueSize: 10_000 })],
  });
  const tracer = provider.getTracer('spanstream-e2e', '1.0.0');
  const root = tracer.startSpan('GET /checkout', {
    kind: SpanKind.SERVER,
    attributes: { 'http.method': 'GET', 'http.status_code': 200, 'cache.hit': true, ratio: 0.25 },
  });
  const parent = trace.setSpan(context.active(), root);
  const spans = [root];
  for (let step = 1; step < spanCount; step++) {
    const previous = spans[spans.length - 1]!;
    const links: Link[] = step === spanCount - 1 && step > 1 ? [{ context: previous.spanContext() }] : [];
    const child = tracer.startSpan(`step-${step}`, { attributes: { step }, links }, parent);
    child.addEvent('checkpoint', { items: step });
    child.end();
    spans.push(child);
  }
  root.end();
  await provider.forceFlush();
  await provider.shutdown();
  if (exporter.error) throw exporter.error;
  const rootId = root.spanContext().spanId;
  const expected = spans.map((span, step): SpanSummary => {
    const linked = step === spanCount - 1 && step > 1 ? spans[step - 1]!.spanContext().spanId : undefined;
    return {
      spanID: span.spanContext().spanId,
      operationName: step === 0 ? 'GET /checkout' : `step-${step}`,
      references: [
        ...(step === 0 ? [] : [`CHILD_OF:${rootId}`]),
        ...(linked === undefined ? [] : [`FOLLOWS_FROM:${linked}`]),
      ].sort(),
      serviceName: service,
      hostName: 'e2e-host',
      tags:
        step === 0
          ? [
              'cache.hit:bool:true',
              'http.method:string:GET',
              'http.status_code:int64:200',
              'ratio:float64:0.25',
              'span.kind:string:server',
            ]
          : ['span.kind:string:internal', `step:int64:${step}`],
      logEvents: step === 0 ? [] : ['checkpoint'],
    };
  });
  return { traceId: root.spanContext().traceId, service, spans: sortById(expected) };
}

interface JaegerKeyValue {
  key: string;
  type: string;
  value: unknown;
}
interface JaegerTrace {
  traceID: string;
  spans: {
    spanID: string;
    operationName: string;
    references: { refType: string; traceID: string; spanID: string }[];
    tags: JaegerKeyValue[];
    logs: { fields: JaegerKeyValue[] }[];
    processID: string;
  }[];
  processes: Record<string, { serviceName: string; tags: JaegerKeyValue[] }>;
}

/**
 * `GET /api/traces/{id}` on the query (under `basePath`, `--query.base-path`); undefined while the
 * trace is not (yet) there.
 */
export async function fetchTrace(
  queryPort: number,
  traceId: string,
  basePath = '',
): Promise<JaegerTrace | undefined> {
  const response = await fetch(`http://127.0.0.1:${queryPort}${basePath}/api/traces/${traceId}`);
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (response.status !== 200) throw new Error(`GET /api/traces/${traceId}: ${response.status}`);
  const body = (await response.json()) as { data: JaegerTrace[] };
  return body.data[0];
}

/** A stored trace in the shape of `SentTrace.spans`; a span stored twice appears twice. */
export function summarize(stored: JaegerTrace | undefined): SpanSummary[] {
  if (stored === undefined) return [];
  return sortById(
    stored.spans.map((span) => {
      const process = stored.processes[span.processID];
      return {
        spanID: span.spanID,
        operationName: span.operationName,
        references: span.references
          .map((ref) => {
            if (ref.traceID !== stored.traceID) return `${ref.refType}:${ref.traceID}:${ref.spanID}`;
            return `${ref.refType}:${ref.spanID}`;
          })
          .sort(),
        serviceName: process?.serviceName ?? '(no process)',
        hostName: process?.tags.find((tag) => tag.key === 'host.name')?.value,
        tags: span.tags
          .filter((tag) => TAG_KEYS.has(tag.key))
          .map((tag) => `${tag.key}:${tag.type}:${String(tag.value)}`)
          .sort(),
        logEvents: span.logs.map((log) => log.fields.find((field) => field.key === 'event')?.value),
      };
    }),
  );
}

/** `summarize(await fetchTrace(...))`, for `expect.poll`. */
export async function storedSpans(queryPort: number, traceId: string, basePath = ''): Promise<SpanSummary[]> {
  return summarize(await fetchTrace(queryPort, traceId, basePath));
}

/** `GET /api/services` on the query. */
export async function services(queryPort: number): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${queryPort}/api/services`);
  if (response.status !== 200) throw new Error(`GET /api/services: ${response.status}`);
  return ((await response.json()) as { data: string[] | null }).data ?? [];
}

function sortById<T extends { spanID: string }>(spans: T[]): T[] {
  return spans.sort((a, b) => (a.spanID < b.spanID ? -1 : a.spanID > b.spanID ? 1 : 0));
}

/**
 * Every stored trace of `service` (`GET /api/traces?service=`, one request), by trace ID: what a
 * stream of traces looks like in storage. A span stored twice appears twice.
 */
export async function storedTracesOf(
  queryPort: number,
  service: string,
): Promise<Record<string, SpanSummary[]>> {
  const nowMicros = Date.now() * 1000;
  const search = new URLSearchParams({
    service,
    limit: '100000',
    start: String(nowMicros - 3_600_000_000),
    end: String(nowMicros + 60_000_000),
  });
  const response = await fetch(`http://127.0.0.1:${queryPort}/api/traces?${search.toString()}`);
  if (response.status !== 200) throw new Error(`GET /api/traces?service=${service}: ${response.status}`);
  const body = (await response.json()) as { data: JaegerTrace[] };
  return Object.fromEntries(body.data.map((stored) => [stored.traceID, summarize(stored)]));
}

/** What `storedTracesOf` must return once every trace in `sent` is stored exactly once. */
export function byTraceId(sent: readonly SentTrace[]): Record<string, readonly SpanSummary[]> {
  return Object.fromEntries(sent.map((trace) => [trace.traceId, trace.spans]));
}

/** Spans in a `storedTracesOf` result. */
export function spanCount(traces: Record<string, readonly unknown[]>): number {
  return Object.values(traces).reduce((sum, spans) => sum + spans.length, 0);
}
