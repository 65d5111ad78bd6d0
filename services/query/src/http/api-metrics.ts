import {
  MetricsDisabledError,
  SPAN_KINDS,
  type MetricFamily,
  type MetricsQuery,
  type MetricsReader,
  type SpanKindName,
} from '@spanstream/metrics-store';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { envelope, sendError, sendJson } from './envelope.ts';
import { goQuote, parseGoBool, parseGoInt } from './go-parse.ts';
import { all, first, type QueryValues } from './query-params.ts';

/** Jaeger's defaults (`cmd/query/app/default_params.go`). */
const DEFAULT_LOOKBACK_MS = 3_600_000;
const DEFAULT_STEP_MS = 5_000;
const DEFAULT_RATE_PER_MS = 600_000;
const DEFAULT_SPAN_KINDS: readonly SpanKindName[] = ['SPAN_KIND_SERVER'];
/** Prometheus refuses range queries of more points per series; so do we. */
const MAX_POINTS = 11_000;

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface MetricsRouteDeps {
  readonly reader: MetricsReader;
  readonly now: () => number;
}

/**
 * Jaeger's metrics query API (`/api/metrics/{latencies,calls,errors,minstep}`, http_handler.go): its
 * parameters and defaults, the MetricFamily JSON (not enveloped) or the envelope for minstep, 501 when
 * no metrics storage is configured.
 */
export function registerMetricsRoutes(app: FastifyInstance, deps: MetricsRouteDeps): void {
  app.get('/api/metrics/latencies', async (request, reply) => {
    const text = first(request.query as QueryValues, 'quantile');
    const quantile = Number(text);
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
      return sendError(
        reply,
        400,
        `unable to parse param 'quantile': strconv.ParseFloat: parsing ${goQuote(text)}: invalid syntax`,
      );
    }
    return answer(request, reply, deps, (query) => deps.reader.getLatencies(query, quantile));
  });
  app.get('/api/metrics/calls', (request, reply) =>
    answer(request, reply, deps, (query) => deps.reader.getCallRates(query)),
  );
  app.get('/api/metrics/errors', (request, reply) =>
    answer(request, reply, deps, (query) => deps.reader.getErrorRates(query)),
  );
  app.get('/api/metrics/minstep', async (request, reply) => {
    let minStepMs: number;
    try {
      minStepMs = await deps.reader.getMinStepDuration();
    } catch (error) {
      return sendFailure(reply, error);
    }
    return sendJson(request, reply, envelope(minStepMs));
  });
}

async function answer(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: MetricsRouteDeps,
  get: (query: MetricsQuery) => Promise<MetricFamily>,
): Promise<FastifyReply> {
  const query = parseMetricsQuery(request.query as QueryValues, deps.now());
  if (!query.ok) return sendError(reply, 400, query.error);
  let family: MetricFamily;
  try {
    family = await get(query.value);
  } catch (error) {
    return sendFailure(reply, error);
  }
  return sendJson(request, reply, family);
}

function sendFailure(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof MetricsDisabledError) return sendError(reply, 501, error.message);
  throw error;
}

/** Jaeger's parseMetricsQueryParams, with its error texts. */
export function parseMetricsQuery(query: QueryValues, nowMs: number): Parsed<MetricsQuery> {
  if (query['service'] === undefined) {
    return fail("unable to parse param 'service': please provide at least one service name");
  }
  const groupText = first(query, 'groupByOperation');
  const group = groupText === '' ? { ok: true as const, value: false } : parseGoBool(groupText);
  if (!group.ok) return fail(`unable to parse param 'groupByOperation': ${group.error}`);
  const kinds: SpanKindName[] = [];
  for (const text of all(query, 'spanKind')) {
    const kind = spanKindName(text);
    if (kind === undefined) return fail(`unable to parse param 'spanKind': unsupported span kind: '${text}'`);
    kinds.push(kind);
  }
  const endMs = millisParam(query, 'endTs', nowMs);
  if (!endMs.ok) return endMs;
  const lookbackMs = millisParam(query, 'lookback', DEFAULT_LOOKBACK_MS);
  if (!lookbackMs.ok) return lookbackMs;
  const stepMs = millisParam(query, 'step', DEFAULT_STEP_MS);
  if (!stepMs.ok) return stepMs;
  const ratePerMs = millisParam(query, 'ratePer', DEFAULT_RATE_PER_MS);
  if (!ratePerMs.ok) return ratePerMs;
  if (stepMs.value <= 0) return fail('zero or negative query resolution step widths are not accepted');
  if (lookbackMs.value / stepMs.value > MAX_POINTS) {
    return fail(
      `exceeded maximum resolution of ${MAX_POINTS} points per timeseries. Try decreasing the query resolution (?step=XX)`,
    );
  }
  return {
    ok: true,
    value: {
      services: all(query, 'service'),
      groupByOperation: group.value,
      spanKinds: kinds.length === 0 ? DEFAULT_SPAN_KINDS : kinds,
      endMs: endMs.value,
      lookbackMs: lookbackMs.value,
      stepMs: stepMs.value,
      ratePerMs: Math.max(1, ratePerMs.value),
    },
  };
}

/** Jaeger's enum names (`SPAN_KIND_SERVER`), and the short lower-case names Jaeger UI shows (`server`). */
function spanKindName(text: string): SpanKindName | undefined {
  const names: readonly string[] = SPAN_KINDS;
  if (names.includes(text)) return text as SpanKindName;
  const long = `SPAN_KIND_${text.toUpperCase()}`;
  return names.includes(long) ? (long as SpanKindName) : undefined;
}

function millisParam(query: QueryValues, name: string, fallback: number): Parsed<number> {
  const text = first(query, name);
  if (text === '') return { ok: true, value: fallback };
  const parsed = parseGoInt(text, 64);
  if (!parsed.ok) return fail(`unable to parse param '${name}': ${parsed.error}`);
  return { ok: true, value: Number(parsed.value) };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
