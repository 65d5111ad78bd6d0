import type { KeyValue as ModelKeyValue, Span as ModelSpan } from '@spanstream/model';
import {
  boolTag,
  float64Tag,
  int64Tag,
  micros,
  parseSpanId,
  parseTraceId,
  stringTag,
} from '@spanstream/model';
import type { KeyValue, RawTrace } from '../src/api/types.ts';

function toModelTag(kv: KeyValue): ModelKeyValue {
  switch (kv.type) {
    case 'bool':
      return boolTag(kv.key, kv.value === true);
    case 'int64':
      return int64Tag(kv.key, BigInt(kv.value as number | string));
    case 'float64':
      return float64Tag(kv.key, Number(kv.value));
    default:
      return stringTag(kv.key, String(kv.value));
  }
}

function id<T>(parsed: T | undefined, text: string): T {
  if (parsed === undefined) throw new Error(`bad ID ${text}`);
  return parsed;
}

/** A Jaeger UI JSON trace as model spans, so tests can write it into a real store. */
export function toModelSpans(raw: RawTrace): ModelSpan[] {
  return raw.spans.map((s) => {
    const process = raw.processes[s.processID] ?? { serviceName: 'unknown', tags: [] };
    return {
      traceId: id(parseTraceId(s.traceID), s.traceID),
      spanId: id(parseSpanId(s.spanID), s.spanID),
      operationName: s.operationName,
      references: (s.references ?? []).map((r) => ({
        refType: r.refType,
        traceId: id(parseTraceId(r.traceID), r.traceID),
        spanId: id(parseSpanId(r.spanID), r.spanID),
      })),
      flags: 1,
      startTime: micros(s.startTime),
      duration: micros(s.duration),
      tags: (s.tags ?? []).map(toModelTag),
      logs: (s.logs ?? []).map((l) => ({ timestamp: micros(l.timestamp), fields: l.fields.map(toModelTag) })),
      process: { serviceName: process.serviceName, tags: (process.tags ?? []).map(toModelTag) },
      warnings: [],
    };
  });
}
