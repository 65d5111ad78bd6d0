/**
 * Deterministic trace and span IDs, so that every span the load sends can be looked up by ID
 * afterwards. A run's `salt` (from its seed) keeps two runs' IDs apart.
 */
export interface LoadShape {
  readonly spans: number;
  readonly spansPerTrace: number;
  readonly tracesPerRequest: number;
  readonly salt: number;
}

const hex = (value: number, width: number): string => value.toString(16).padStart(width, '0');

export function traceIdOf(shape: LoadShape, trace: number): string {
  return `${hex(shape.salt, 8)}c4a05000${hex(trace + 1, 16)}`;
}

/** Unique over the run: the salt's low 16 bits, then the span's global index. */
export function spanIdOf(shape: LoadShape, trace: number, span: number): string {
  return `${hex(shape.salt & 0xffff, 4)}${hex(trace * shape.spansPerTrace + span + 1, 12)}`;
}

const traceCount = (shape: LoadShape): number => Math.ceil(shape.spans / shape.spansPerTrace);
export const requestCount = (shape: LoadShape): number =>
  Math.ceil(traceCount(shape) / shape.tracesPerRequest);

export function spansInTrace(shape: LoadShape, trace: number): number {
  return Math.min(shape.spansPerTrace, shape.spans - trace * shape.spansPerTrace);
}

/** The traces request `index` carries. */
export function tracesOfRequest(shape: LoadShape, index: number): number[] {
  const first = index * shape.tracesPerRequest;
  const last = Math.min(traceCount(shape), first + shape.tracesPerRequest);
  return Array.from({ length: last - first }, (_, i) => first + i);
}

/** One OTLP/HTTP JSON ExportTraceServiceRequest with request `index`'s traces (a root, children of it). */
export function otlpRequestBody(shape: LoadShape, index: number, nowMs: number): string {
  const startNs = BigInt(nowMs) * 1_000_000n;
  const spans = tracesOfRequest(shape, index).flatMap((trace) => {
    const traceId = traceIdOf(shape, trace);
    return Array.from({ length: spansInTrace(shape, trace) }, (_, span) => ({
      traceId,
      spanId: spanIdOf(shape, trace, span),
      ...(span === 0 ? {} : { parentSpanId: spanIdOf(shape, trace, 0) }),
      name: span === 0 ? 'GET /chaos' : `step-${span}`,
      kind: span === 0 ? 2 : 1,
      startTimeUnixNano: String(startNs + BigInt(span) * 1000n),
      endTimeUnixNano: String(startNs + BigInt(span) * 1000n + 500_000n),
      attributes: [
        { key: 'chaos.request', value: { intValue: String(index) } },
        { key: 'chaos.span', value: { intValue: String(span) } },
      ],
    }));
  });
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'chaos-load' } }] },
        scopeSpans: [{ scope: { name: 'spanstream-chaos' }, spans }],
      },
    ],
  });
}
