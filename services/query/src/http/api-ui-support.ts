import { CodecError, fromOtlpJson } from '@spanstream/codec';
import type { Span, Trace, TraceId } from '@spanstream/model';
import type { FastifyInstance } from 'fastify';
import { toUiTrace } from '../encoding.ts';
import type { StructuredError } from './envelope.ts';
import { envelope, sendError, sendJson } from './envelope.ts';
import type { QueryValues } from './query-params.ts';
import { all, first } from './query-params.ts';

/** Jaeger UI's JSON upload posts whole OTLP files here; allow big ones. */
const TRANSFORM_BODY_LIMIT = 64 * 1024 * 1024;
/** Jaeger's message when no metrics storage (SPM) is configured; the UI shows its empty Monitor page. */
const METRICS_DISABLED_MESSAGE = 'metrics querying is currently disabled';

/**
 * The rest of what Jaeger UI calls: `POST /api/transform` (OTLP/JSON → UI traces, for
 * file upload) and the Monitor tab's `/api/metrics/*`, which answer 501 as Jaeger
 * does without a metrics storage, after the same parameter checks.
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

  for (const kind of ['latencies', 'calls', 'errors'] as const) {
    app.get(`/api/metrics/${kind}`, async (request, reply) => {
      const query = request.query as QueryValues;
      if (kind === 'latencies') {
        const quantile = first(query, 'quantile');
        if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(quantile)) {
          return sendError(
            reply,
            400,
            `unable to parse param 'quantile': strconv.ParseFloat: parsing ${JSON.stringify(quantile)}: invalid syntax`,
          );
        }
      }
      if (all(query, 'service').length === 0) {
        return sendError(
          reply,
          400,
          "unable to parse param 'service': please provide at least one service name",
        );
      }
      return sendError(reply, 501, METRICS_DISABLED_MESSAGE);
    });
  }
  app.get('/api/metrics/minstep', async (_request, reply) => sendError(reply, 501, METRICS_DISABLED_MESSAGE));
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
