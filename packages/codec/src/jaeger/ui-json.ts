import type { KeyValue, Process, Span, SpanRef, Trace } from '@spanstream/model';
import { bytesToBase64 } from '../bytes.ts';

// Jaeger's UI/HTTP API trace JSON (model/json, converter/json/from_domain.go): IDs in hex
// (a trace ID of 16 characters when its high half is zero), times in microseconds,
// processes de-duplicated into `processes` as p1, p2, ... in order of first appearance.

export interface UiKeyValue {
  readonly key: string;
  readonly type: KeyValue['type'];
  readonly value: string | number | boolean;
}

export interface UiSpan {
  readonly traceID: string;
  readonly spanID: string;
  readonly flags?: number;
  readonly operationName: string;
  readonly references: { refType: SpanRef['refType']; traceID: string; spanID: string }[];
  readonly startTime: number;
  readonly duration: number;
  readonly tags: UiKeyValue[];
  readonly logs: { timestamp: number; fields: UiKeyValue[] }[];
  readonly processID: string;
  readonly warnings: string[] | null;
}

export interface UiProcess {
  readonly serviceName: string;
  readonly tags: UiKeyValue[];
}

export interface UiTrace {
  readonly traceID: string;
  readonly spans: UiSpan[];
  readonly processes: Record<string, UiProcess>;
  readonly warnings: string[] | null;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Jaeger's TraceID.String(): the low half alone when the high half is zero. */
export function uiTraceId(traceId: string): string {
  return traceId.startsWith('0000000000000000') ? traceId.slice(16) : traceId;
}

export function toUiKeyValue(kv: KeyValue): UiKeyValue {
  switch (kv.type) {
    case 'int64':
      // Beyond ±(2^53-1) a JS number would lose digits: Jaeger writes such values as strings.
      return {
        key: kv.key,
        type: 'int64',
        value: kv.value > MAX_SAFE || kv.value < -MAX_SAFE ? kv.value.toString() : Number(kv.value),
      };
    case 'binary':
      return { key: kv.key, type: 'binary', value: bytesToBase64(kv.value) };
    case 'float64':
      // JSON has no NaN/Infinity (Go fails to marshal them): write them as text.
      return { key: kv.key, type: 'float64', value: Number.isFinite(kv.value) ? kv.value : String(kv.value) };
    default:
      return { key: kv.key, type: kv.type, value: kv.value };
  }
}

/** Assigns p1, p2, ... to distinct processes (same service name and tags), in first-seen order. */
class ProcessTable {
  readonly processes: Record<string, UiProcess> = {};
  private readonly byObject = new Map<Process, string>();
  private readonly byKey = new Map<string, string>();

  id(process: Process): string {
    let id = this.byObject.get(process);
    if (id !== undefined) return id;
    const tags = process.tags.map(toUiKeyValue);
    const key = JSON.stringify([process.serviceName, tags]);
    id = this.byKey.get(key);
    if (id === undefined) {
      id = `p${this.byKey.size + 1}`;
      this.byKey.set(key, id);
      this.processes[id] = { serviceName: process.serviceName, tags };
    }
    this.byObject.set(process, id);
    return id;
  }
}

function toUiSpan(span: Span, processID: string): UiSpan {
  // Field order as Jaeger writes it; Go's `flags,omitempty` drops a zero flags field.
  const head = { traceID: uiTraceId(span.traceId), spanID: span.spanId };
  return {
    ...(span.flags === 0 ? head : { ...head, flags: span.flags }),
    operationName: span.operationName,
    references: span.references.map((ref) => ({
      refType: ref.refType,
      traceID: uiTraceId(ref.traceId),
      spanID: ref.spanId,
    })),
    startTime: span.startTime,
    duration: span.duration,
    tags: span.tags.map(toUiKeyValue),
    logs: span.logs.map((log) => ({ timestamp: log.timestamp, fields: log.fields.map(toUiKeyValue) })),
    processID,
    warnings: span.warnings.length === 0 ? null : [...span.warnings],
  };
}

/** One trace in Jaeger's UI JSON (an element of `/api/traces` `data`). Plain JSON values only. */
export function toJaegerUiTrace(trace: Trace): UiTrace {
  const table = new ProcessTable();
  const spans = trace.spans.map((span) => toUiSpan(span, table.id(span.process)));
  return {
    traceID: spans[0]?.traceID ?? '',
    spans,
    processes: table.processes,
    warnings: trace.warnings.length === 0 ? null : [...trace.warnings],
  };
}

/**
 * `JSON.stringify(toJaegerUiTrace(trace))`, the same text, in pieces of about `spansPerPiece` spans:
 * each span's UI object is built, written and let go, so a large trace is never held a second
 * time as UI objects and one string (docs/adr/0108).
 */
export function* jaegerUiTraceJson(trace: Trace, spansPerPiece = 256): Generator<string, void, undefined> {
  const table = new ProcessTable();
  const first = trace.spans[0];
  let piece = `{"traceID":${JSON.stringify(first === undefined ? '' : uiTraceId(first.traceId))},"spans":[`;
  for (let i = 0; i < trace.spans.length; i++) {
    const span = trace.spans[i]!;
    piece += (i === 0 ? '' : ',') + JSON.stringify(toUiSpan(span, table.id(span.process)));
    if ((i + 1) % spansPerPiece === 0) {
      yield piece;
      piece = '';
    }
  }
  const warnings = trace.warnings.length === 0 ? null : trace.warnings;
  yield `${piece}],"processes":${JSON.stringify(table.processes)},"warnings":${JSON.stringify(warnings)}}`;
}

export function toJaegerUiTraces(traces: readonly Trace[]): UiTrace[] {
  return traces.map(toJaegerUiTrace);
}
