import type { KeyValue, Log, Process, RawSpan, RawTrace, SpanReference } from '../api/types.ts';

// Minimal OTLP/JSON shapes (opentelemetry-proto JSON mapping: hex IDs, int64 as strings).
interface AnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  bytesValue?: string;
  arrayValue?: { values?: AnyValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
}
interface OtlpKeyValue {
  key: string;
  value?: AnyValue;
}
interface OtlpSpan {
  traceId?: string;
  spanId?: string;
  parentSpanId?: string;
  name?: string;
  kind?: number | string;
  startTimeUnixNano?: string | number;
  endTimeUnixNano?: string | number;
  attributes?: OtlpKeyValue[];
  events?: { timeUnixNano?: string | number; name?: string; attributes?: OtlpKeyValue[] }[];
  links?: { traceId?: string; spanId?: string; attributes?: OtlpKeyValue[] }[];
  status?: { code?: number | string; message?: string };
  traceState?: string;
}
interface ScopeSpans {
  scope?: { name?: string; version?: string; attributes?: OtlpKeyValue[] };
  spans?: OtlpSpan[];
}
interface ResourceSpans {
  resource?: { attributes?: OtlpKeyValue[] };
  scopeSpans?: ScopeSpans[];
  /** Pre-1.0 name, still produced by some exporters. */
  instrumentationLibrarySpans?: ScopeSpans[];
}
export interface OtlpTracesData {
  resourceSpans?: ResourceSpans[];
}

const KINDS = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];

function plainValue(v: AnyValue | undefined): unknown {
  if (!v) return '';
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.intValue !== undefined) return v.intValue;
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.bytesValue !== undefined) return v.bytesValue;
  if (v.arrayValue) return (v.arrayValue.values ?? []).map(plainValue);
  if (v.kvlistValue)
    return Object.fromEntries((v.kvlistValue.values ?? []).map((kv) => [kv.key, plainValue(kv.value)]));
  return '';
}

/** OTLP attribute → Jaeger typed tag; int64 stays a number only while it is exact. */
function toTag(kv: OtlpKeyValue): KeyValue {
  const v = kv.value ?? {};
  if (v.stringValue !== undefined) return { key: kv.key, type: 'string', value: v.stringValue };
  if (v.boolValue !== undefined) return { key: kv.key, type: 'bool', value: v.boolValue };
  if (v.intValue !== undefined) {
    const n = Number(v.intValue);
    return { key: kv.key, type: 'int64', value: Number.isSafeInteger(n) ? n : String(v.intValue) };
  }
  if (v.doubleValue !== undefined) return { key: kv.key, type: 'float64', value: v.doubleValue };
  if (v.bytesValue !== undefined) return { key: kv.key, type: 'binary', value: v.bytesValue };
  return { key: kv.key, type: 'string', value: JSON.stringify(plainValue(v)) };
}

function nanosToMicros(ns: string | number | undefined): number {
  if (ns === undefined || ns === '') return 0;
  return Number(BigInt(typeof ns === 'number' ? Math.trunc(ns) : ns) / 1000n);
}

/** OTLP JSON IDs are hex; some exporters emit base64 (the proto-JSON default). Normalise to hex. */
function normalizeId(id: string | undefined, hexLength: number): string {
  if (!id) return '';
  if (/^[0-9a-fA-F]+$/.test(id) && id.length === hexLength) return id.toLowerCase();
  try {
    const bin = atob(id);
    if (bin.length * 2 === hexLength) {
      let hex = '';
      for (let i = 0; i < bin.length; i++) hex += bin.charCodeAt(i).toString(16).padStart(2, '0');
      return hex;
    }
  } catch {
    // not base64: fall through and keep the text as given
  }
  return id.toLowerCase();
}

/** Jaeger prints 64-bit trace IDs (high half zero) with 16 hex digits. */
function jaegerTraceId(hex32: string): string {
  return hex32.length === 32 && hex32.startsWith('0000000000000000') ? hex32.slice(16) : hex32;
}

function spanTags(span: OtlpSpan, scope: ScopeSpans['scope']): KeyValue[] {
  const tags = (span.attributes ?? []).map(toTag);
  if (scope?.name) tags.push({ key: 'otel.scope.name', type: 'string', value: scope.name });
  if (scope?.version) tags.push({ key: 'otel.scope.version', type: 'string', value: scope.version });
  const kind =
    typeof span.kind === 'string'
      ? span.kind.replace(/^SPAN_KIND_/, '').toLowerCase()
      : KINDS[span.kind ?? 0];
  if (kind && kind !== 'unspecified' && kind !== 'internal')
    tags.push({ key: 'span.kind', type: 'string', value: kind });
  const code = span.status?.code;
  if (code === 2 || code === 'STATUS_CODE_ERROR') {
    tags.push(
      { key: 'otel.status_code', type: 'string', value: 'ERROR' },
      { key: 'error', type: 'bool', value: true },
    );
  } else if (code === 1 || code === 'STATUS_CODE_OK')
    tags.push({ key: 'otel.status_code', type: 'string', value: 'OK' });
  if (span.status?.message)
    tags.push({ key: 'otel.status_description', type: 'string', value: span.status.message });
  if (span.traceState) tags.push({ key: 'w3c.tracestate', type: 'string', value: span.traceState });
  return tags;
}

function spanRefs(span: OtlpSpan, traceID: string): SpanReference[] {
  const refs: SpanReference[] = [];
  const parent = normalizeId(span.parentSpanId, 16);
  if (parent) refs.push({ refType: 'CHILD_OF', traceID, spanID: parent });
  for (const link of span.links ?? []) {
    const refType = (link.attributes ?? []).find((a) => a.key === 'opentracing.ref_type');
    const isChild = refType?.value?.stringValue === 'child_of';
    refs.push({
      refType: isChild ? 'CHILD_OF' : 'FOLLOWS_FROM',
      traceID: jaegerTraceId(normalizeId(link.traceId, 32)),
      spanID: normalizeId(link.spanId, 16),
    });
  }
  return refs;
}

function spanLogs(span: OtlpSpan): Log[] {
  return (span.events ?? []).map((e) => ({
    timestamp: nanosToMicros(e.timeUnixNano),
    fields: [
      ...(e.name ? [{ key: 'event', type: 'string', value: e.name }] : []),
      ...(e.attributes ?? []).map(toTag),
    ],
  }));
}

/** Converts OTLP/JSON (`{resourceSpans}`) into Jaeger UI traces, one per trace ID, in input order. */
export function fromOtlpJson(data: OtlpTracesData): RawTrace[] {
  const traces = new Map<string, RawTrace>();
  let processSeq = 0;
  for (const rs of data.resourceSpans ?? []) {
    const attrs = rs.resource?.attributes ?? [];
    const serviceName = attrs.find((a) => a.key === 'service.name')?.value?.stringValue ?? 'unknown-service';
    const process: Process = { serviceName, tags: attrs.filter((a) => a.key !== 'service.name').map(toTag) };
    const processID = `p${++processSeq}`;
    for (const ss of [...(rs.scopeSpans ?? []), ...(rs.instrumentationLibrarySpans ?? [])]) {
      for (const s of ss.spans ?? []) {
        const traceID = jaegerTraceId(normalizeId(s.traceId, 32));
        const startTime = nanosToMicros(s.startTimeUnixNano);
        const span: RawSpan = {
          traceID,
          spanID: normalizeId(s.spanId, 16),
          operationName: s.name ?? '',
          references: spanRefs(s, traceID),
          startTime,
          duration: Math.max(0, nanosToMicros(s.endTimeUnixNano) - startTime),
          tags: spanTags(s, ss.scope),
          logs: spanLogs(s),
          processID,
          warnings: null,
        };
        let trace = traces.get(traceID);
        if (!trace) traces.set(traceID, (trace = { traceID, spans: [], processes: {}, warnings: null }));
        trace.spans.push(span);
        trace.processes[processID] = process;
      }
    }
  }
  return [...traces.values()];
}
