import type { SpanId, TraceId } from '../ids.ts';
import type { KeyValue } from '../key-value.ts';
import type { Span, SpanRef, Trace } from '../span.ts';
import type { Micros } from '../time.ts';

/** Test helper: a span with sensible defaults; `id`/`parent` are small numbers. */
export function testSpan(
  id: number,
  overrides: Partial<Omit<Span, 'spanId'>> & { parent?: number; host?: string; kind?: string } = {},
): Span {
  const { parent, host, kind, ...rest } = overrides;
  const traceId = rest.traceId ?? TEST_TRACE_ID;
  const references: SpanRef[] =
    parent === undefined ? [] : [{ refType: 'CHILD_OF', traceId, spanId: spanIdOf(parent) }];
  const tags: KeyValue[] = kind === undefined ? [] : [{ key: 'span.kind', type: 'string', value: kind }];
  const processTags: KeyValue[] = host === undefined ? [] : [{ key: 'ip', type: 'string', value: host }];
  return {
    traceId,
    spanId: spanIdOf(id),
    operationName: `op-${id}`,
    references,
    flags: 1,
    startTime: 0 as Micros,
    duration: 0 as Micros,
    tags,
    logs: [],
    process: { serviceName: 'svc', tags: processTags },
    warnings: [],
    ...rest,
  };
}

export const TEST_TRACE_ID = '0000000000000000000000000000abcd' as TraceId;

export function spanIdOf(n: number): SpanId {
  return n.toString(16).padStart(16, '0') as SpanId;
}

export function traceOf(...spans: Span[]): Trace {
  return { spans, warnings: [] };
}
