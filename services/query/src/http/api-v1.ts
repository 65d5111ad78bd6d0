import { constants as zlibConstants } from 'node:zlib';
import type { Logger } from '@spanstream/runtime';
import type { Micros, Millis, Trace, TraceId } from '@spanstream/model';
import { micros, millis } from '@spanstream/model';
import type { GetTraceOptions, SpanKind } from '@spanstream/storage-api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { QueryCore } from '../query-core.ts';
import { aggregateDependencies, NO_ARCHIVE_MESSAGE, TRACE_NOT_FOUND_MESSAGE } from '../query-core.ts';
import { toUiTrace } from '../encoding.ts';
import type { StructuredError } from './envelope.ts';
import { envelope, sendError, sendJson, sendTraceJson } from './envelope.ts';
import { parseGoBool, parseGoInt } from './go-parse.ts';
import type { QueryValues } from './query-params.ts';
import { first } from './query-params.ts';
import { parseTime, parseTraceIdParam, parseTraceSearch } from './trace-search-params.ts';

export interface ApiRouteDeps {
  readonly core: QueryCore;
  readonly logger: Logger;
  /** Milliseconds since the epoch; injected so tests control "now". */
  readonly now: () => number;
}

/** Jaeger's default dependencies lookback: 24 h. */
const DEFAULT_DEPENDENCIES_LOOKBACK = millis(24 * 3600 * 1000);
const SPAN_KINDS = new Set<string>([
  '',
  'server',
  'client',
  'producer',
  'consumer',
  'internal',
  'unspecified',
]);

/** Jaeger's `/api/*` endpoints (`cmd/query/app/http_handler.go`), registered on `app` under its prefix. */
export function registerApiV1Routes(app: FastifyInstance, deps: ApiRouteDeps): void {
  registerServiceRoutes(app, deps.core);
  registerTraceRoutes(app, deps);
  registerDependencyRoute(app, deps);
}

function registerServiceRoutes(app: FastifyInstance, core: QueryCore): void {
  app.get('/api/services', async (request, reply) => {
    const services = await core.getServices();
    return sendJson(request, reply, envelope(services, services.length));
  });

  app.get<{ Params: { service: string } }>('/api/services/:service/operations', async (request, reply) => {
    const operations = await core.getOperations({ serviceName: request.params.service, spanKind: '' });
    const names = [...new Set(operations.map((op) => op.name))];
    return sendJson(request, reply, envelope(names, names.length));
  });

  app.get('/api/operations', async (request, reply) => {
    const query = request.query as QueryValues;
    const serviceName = first(query, 'service');
    if (serviceName === '') return sendError(reply, 400, "parameter 'service' is required");
    const spanKind = first(query, 'spanKind');
    // An unknown kind matches nothing in Jaeger's stores; answer that without asking storage.
    const operations = SPAN_KINDS.has(spanKind)
      ? await core.getOperations({ serviceName, spanKind: spanKind as SpanKind })
      : [];
    const data = operations.map((op) => ({ name: op.name, spanKind: op.spanKind }));
    return sendJson(request, reply, envelope(data, data.length));
  });
}

function registerTraceRoutes(app: FastifyInstance, deps: ApiRouteDeps): void {
  const { core } = deps;
  const nowMicros = (): Micros => micros(deps.now() * 1000);

  app.get('/api/traces', async (request, reply) => {
    const parsed = parseTraceSearch(request.query as QueryValues, nowMicros());
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    const search = parsed.value;
    if (search.kind === 'query') {
      const traces = await core.findTraces(search.query, false);
      return sendJson(request, reply, envelope(traces.map(toUiTrace)));
    }
    const traces: Trace[] = [];
    const errors: StructuredError[] = [];
    const options = search.hints;
    for (const traceId of search.traceIds) {
      const trace = await core.getTrace(traceId, options, false);
      if (trace === undefined) errors.push({ msg: TRACE_NOT_FOUND_MESSAGE, traceID: traceId });
      else traces.push(trace);
    }
    return sendJson(request, reply, envelope(traces.map(toUiTrace), 0, errors.length > 0 ? errors : null));
  });

  // A trace can be megabytes of repetitive JSON: the fastest levels cost a third of the default
  // ones' CPU for about 5 % more bytes (docs/adr/0108).
  const fastCompression = {
    zlibOptions: { level: 1 },
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } },
  };
  app.get<{ Params: { traceID: string } }>(
    '/api/traces/:traceID',
    { compress: fastCompression },
    async (request, reply) => {
      const target = parseTraceTarget(request, reply);
      if (target === undefined) return reply;
      const raw = parseGoBool(first(request.query as QueryValues, 'raw'));
      const trace = await core.getTrace(target.traceId, target.options, raw.ok && raw.value);
      if (trace === undefined) return sendError(reply, 404, TRACE_NOT_FOUND_MESSAGE);
      return sendTraceJson(request, reply, trace);
    },
  );

  app.post<{ Params: { traceID: string } }>('/api/archive/:traceID', async (request, reply) => {
    const target = parseTraceTarget(request, reply);
    if (target === undefined) return reply;
    const outcome = await core.archiveTrace(target.traceId, target.options);
    if (outcome === 'no-archive') return sendError(reply, 500, NO_ARCHIVE_MESSAGE);
    if (outcome === 'not-found') return sendError(reply, 404, TRACE_NOT_FOUND_MESSAGE);
    return sendJson(request, reply, envelope([], 0, []));
  });
}

function registerDependencyRoute(app: FastifyInstance, deps: ApiRouteDeps): void {
  app.get('/api/dependencies', async (request, reply) => {
    const query = request.query as QueryValues;
    const endTs = parseTime(query, 'endTs', micros(deps.now()));
    if (!endTs.ok) return sendError(reply, 400, endTs.error);
    const lookback = parseMillisParam(query, 'lookback', DEFAULT_DEPENDENCIES_LOOKBACK);
    if (!lookback.ok) return sendError(reply, 400, lookback.error);
    const links = await deps.core.getDependencies(millis(endTs.value), lookback.value);
    return sendJson(request, reply, envelope(aggregateDependencies(links, first(query, 'service'))));
  });
}

interface TraceTarget {
  readonly traceId: TraceId;
  readonly options: GetTraceOptions;
}

/** The `{traceID}` path parameter and the optional `start`/`end` µs hints; replies 400 on a bad one. */
function parseTraceTarget(
  request: FastifyRequest<{ Params: { traceID: string } }>,
  reply: FastifyReply,
): TraceTarget | undefined {
  const id = parseTraceIdParam(request.params.traceID);
  if (!id.ok) {
    sendError(reply, 400, id.error);
    return undefined;
  }
  const query = request.query as QueryValues;
  const options: { startTime?: Micros; endTime?: Micros } = {};
  for (const [name, key] of [
    ['start', 'startTime'],
    ['end', 'endTime'],
  ] as const) {
    if (first(query, name) === '') continue;
    const parsed = parseTime(query, name, micros(0));
    if (!parsed.ok) {
      sendError(reply, 400, parsed.error);
      return undefined;
    }
    options[key] = parsed.value;
  }
  return { traceId: id.value, options };
}

function parseMillisParam(
  query: QueryValues,
  name: string,
  fallback: Millis,
): { ok: true; value: Millis } | { ok: false; error: string } {
  const text = first(query, name);
  if (text === '') return { ok: true, value: fallback };
  const parsed = parseGoInt(text, 64);
  if (!parsed.ok) return { ok: false, error: `unable to parse param '${name}': ${parsed.error}` };
  return { ok: true, value: millis(Number(parsed.value)) };
}
