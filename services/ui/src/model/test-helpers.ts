import type { KeyValue, RawSpan, RawTrace } from '../api/types.ts';
import { buildTrace, type Trace } from './trace.ts';

/** Compact trace builder for tests: `[id, parent|null, service, op, start, duration, tags?]`. */
export type SpanSpec = [string, string | null, string, string, number, number, KeyValue[]?];

export function rawTrace(specs: SpanSpec[], traceID = 't1'): RawTrace {
  const services = [...new Set(specs.map((s) => s[2]))];
  const processes = Object.fromEntries(
    services.map((name, i) => [`p${i + 1}`, { serviceName: name, tags: [] }]),
  );
  const spans: RawSpan[] = specs.map(([id, parent, svc, op, start, duration, tags]) => ({
    traceID,
    spanID: id,
    operationName: op,
    references: parent ? [{ refType: 'CHILD_OF', traceID, spanID: parent }] : [],
    startTime: start,
    duration,
    tags: tags ?? [],
    logs: [],
    processID: `p${services.indexOf(svc) + 1}`,
    warnings: null,
  }));
  return { traceID, spans, processes, warnings: null };
}

/** The built trace of `specs` (see rawTrace). */
export function traceOf(specs: SpanSpec[], traceID?: string): Trace {
  return buildTrace(rawTrace(specs, traceID));
}
