import { CodecError, fromOtlpJson } from '@spanstream/codec';
import type { Span, Trace, TraceId } from '@spanstream/model';
import type { FastifyInstance } from 'fastify';
import { toUiTrace } from '../encoding.ts';
import type { StructuredError } from './envelope.ts';
import { envelope, sendError, sendJson } from './envelope.ts';

/** Jaeger UI's JSON upload posts whole OTLP files here; allow big ones. */
const TRANSFORM_BODY_LIMIT = 64 * 1024 * 1024;

/**
 * The rest of what Jaeger UI calls: `POST /api/transform` (OTLP/JSON → UI traces, for file upload).
 * The Monitor tab's `/api/metrics/*` are in api-metrics.ts.
 */
export function registerUiSupportRoutes(app: FastifyInstance): void {
  app.post('/api/transform', { bodyLimit: TRANSFORM_BODY_LIMIT }, async (request, reply) => {
    let decoded;
    try {
      decoded = fromOtlpJson(request.body);
    } catch (error) {
      if (error instanceof CodecError) return sendError(reply, 400, error.message);
      throw error;
    }
    // Unlike Jaeger (all or nothing), spans that cannot be read are reported and the rest shown.
    const errors: StructuredError[] = decoded.rejected.map((r) => ({ msg: `span ${r.index}: ${r.reason}` }));
    const traces = groupByTrace(decoded.spans).map(toUiTrace);
    return sendJson(request, reply, envelope(traces, 0, errors.length > 0 ? errors : null));
  });
}

/** Spans grouped into traces, in order of first appearance (Jaeger's otlp2traces). */
function groupByTrace(spans: readonly Span[]): Trace[] {
  const byTrace = new Map<TraceId, Span[]>();
  for (const span of spans) {
    const group = byTrace.get(span.traceId);
    if (group === undefined) byTrace.set(span.traceId, [span]);
    else group.push(span);
  }
  return [...byTrace.values()].map((group) => ({ spans: group, warnings: [] }));
}
