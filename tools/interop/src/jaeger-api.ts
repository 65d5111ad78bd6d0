import { normalTraceId } from './compare.ts';
import type { InteropQuery } from './fixtures.ts';

/**
 * The read APIs both query services serve (Jaeger's v1 HTTP API and api_v3), by base URL
 * (`http://127.0.0.1:PORT`). Answers are reduced to what the checks compare: span IDs and trace IDs.
 */
export interface TraceAnswer {
  readonly status: number;
  readonly spanIds: readonly string[];
  /** The body, for checks that look at exact values (int64 digits). */
  readonly text: string;
}

export async function getTraceV1(base: string, traceId: string): Promise<TraceAnswer> {
  const { status, text } = await get(`${base}/api/traces/${traceId}`);
  return { status, text, spanIds: status === 200 ? v1SpanIds(text) : [] };
}

export async function getTraceV3(base: string, traceId: string): Promise<TraceAnswer> {
  const { status, text } = await get(`${base}/api/v3/traces/${traceId}`);
  return { status, text, spanIds: status === 200 ? v3SpanIds(text) : [] };
}

export interface SearchAnswer {
  readonly status: number;
  readonly traceIds: readonly string[];
  readonly text: string;
}

export async function searchV1(base: string, params: URLSearchParams): Promise<SearchAnswer> {
  const { status, text } = await get(`${base}/api/traces?${params.toString()}`);
  return { status, text, traceIds: status === 200 ? v1TraceIds(text) : [] };
}

async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  return { status: response.status, text: await response.text() };
}

interface V1Body {
  readonly data?: readonly { traceID?: string; spans?: readonly { spanID?: string }[] }[] | null;
}

/** Span IDs of a v1 `/api/traces/{id}` answer, sorted. */
export function v1SpanIds(text: string): string[] {
  const body = JSON.parse(text) as V1Body;
  return (body.data ?? []).flatMap((trace) => (trace.spans ?? []).map((s) => s.spanID ?? '')).sort();
}

/** Trace IDs of a v1 search answer, normalized to 32 digits. */
export function v1TraceIds(text: string): string[] {
  const body = JSON.parse(text) as V1Body;
  return [...new Set((body.data ?? []).map((trace) => normalTraceId(trace.traceID ?? '')))].sort();
}

interface V3Body {
  readonly result?: {
    readonly resourceSpans?: readonly {
      readonly scopeSpans?: readonly { readonly spans?: readonly { spanId?: string }[] }[];
    }[];
  };
}

/** Span IDs of an api_v3 `/api/v3/traces/{id}` answer (hex, or base64 as proto3 JSON has it), sorted. */
export function v3SpanIds(text: string): string[] {
  const body = JSON.parse(text) as V3Body;
  return (body.result?.resourceSpans ?? [])
    .flatMap((rs) => rs.scopeSpans ?? [])
    .flatMap((ss) => ss.spans ?? [])
    .map((span) => hexId(span.spanId ?? '', 16))
    .sort();
}

function hexId(id: string, digits: number): string {
  if (new RegExp(`^[0-9a-f]{${digits}}$`, 'i').test(id)) return id.toLowerCase();
  return Buffer.from(id, 'base64').toString('hex').padStart(digits, '0');
}

/**
 * The v1 search parameters of a fixture query: times in µs, durations in ns as the fixture has them
 * (Go durations, as Jaeger's UI sends them; 4500ns is not a whole number of µs).
 */
export function v1SearchParams(fixture: InteropQuery): URLSearchParams {
  const q = fixture.query;
  const params = new URLSearchParams({
    service: q.serviceName,
    start: String(q.startTimeMin),
    end: String(q.startTimeMax),
  });
  if (q.numTraces > 0) params.set('limit', String(q.numTraces));
  if (q.operationName !== undefined) params.set('operation', q.operationName);
  if (Object.keys(q.tags).length > 0) params.set('tags', JSON.stringify(q.tags));
  const { min, max } = fixture.durationNanos;
  if (min > 0) params.set('minDuration', `${min}ns`);
  if (max > 0) params.set('maxDuration', `${max}ns`);
  return params;
}
