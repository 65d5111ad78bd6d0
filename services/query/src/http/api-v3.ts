import type { Micros, Span, Trace } from '@spanstream/model';
import { micros } from '@spanstream/model';
import type { GetTraceOptions, SpanKind, TraceQuery } from '@spanstream/storage-api';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { toOtlpJson } from '../encoding.ts';
import type { QueryCore } from '../query-core.ts';
import { TRACE_NOT_FOUND_MESSAGE } from '../query-core.ts';
import { toJson } from './envelope.ts';
import type { GoParsed } from './go-parse.ts';
import { parseGoBool, parseGoDuration, parseGoInt } from './go-parse.ts';
import type { QueryValues } from './query-params.ts';
import { first } from './query-params.ts';
import { parseRfc3339 } from './rfc3339.ts';
import { DEFAULT_SEARCH_LIMIT, parseTags, parseTraceIdParam } from './trace-search-params.ts';

/**
 * Jaeger's api_v3 HTTP gateway (`/api/v3/*`): grpc-gateway style JSON, traces as
 * OTLP/JSON under `result`, errors as `{"error":{"httpCode","message"}}`. Parameter
 * names are v1.62's snake_case with Jaeger v2's camelCase accepted as aliases.
 */
export function registerApiV3Routes(app: FastifyInstance, core: QueryCore): void {
  app.get('/api/v3/services', async (_request, reply) => {
    const services = await core.getServices();
    return sendV3(reply, 200, { services });
  });

  app.get('/api/v3/operations', async (request, reply) => {
    const query = request.query as QueryValues;
    const spanKind = param(query, 'span_kind', 'spanKind');
    const operations = await core.getOperations({
      serviceName: first(query, 'service'),
      spanKind: spanKind as SpanKind,
    });
    // Always with spanKind ('' when unknown): current Jaeger UI validates v3 operations strictly
    // and rejects entries without it (Jaeger v1.62's jsonpb left empty strings out).
    const data = operations.map((op) => ({ name: op.name, spanKind: op.spanKind }));
    return sendV3(reply, 200, { operations: data });
  });

  app.get<{ Params: { traceID: string } }>('/api/v3/traces/:traceID', async (request, reply) => {
    const id = parseTraceIdParam(request.params.traceID);
    if (!id.ok) return sendV3Error(reply, 400, `malformed parameter trace_id: ${id.error}`);
    const query = request.query as QueryValues;
    const options: { startTime?: Micros; endTime?: Micros } = {};
    const start = optional(query, ['start_time', 'startTime'], parseRfc3339);
    if (!start.ok) return sendV3Error(reply, 400, start.error);
    if (start.value !== undefined) options.startTime = start.value;
    const end = optional(query, ['end_time', 'endTime'], parseRfc3339);
    if (!end.ok) return sendV3Error(reply, 400, end.error);
    if (end.value !== undefined) options.endTime = end.value;
    const raw = optional(query, ['raw_traces', 'rawTraces'], parseGoBool);
    if (!raw.ok) return sendV3Error(reply, 400, raw.error);
    const trace = await core.getTrace(id.value, options satisfies GetTraceOptions, raw.value ?? false);
    if (trace === undefined) return sendV3Error(reply, 404, TRACE_NOT_FOUND_MESSAGE);
    return sendTraces(reply, [trace]);
  });

  app.get('/api/v3/traces', async (request, reply) => {
    const parsed = parseFindTraces(request.query as QueryValues);
    if (!parsed.ok) return sendV3Error(reply, 400, parsed.error);
    const traces = await core.findTraces(parsed.value.query, parsed.value.raw);
    // Jaeger v2's gateway answers an empty search with 404.
    if (traces.length === 0) return sendV3Error(reply, 404, 'No traces found');
    return sendTraces(reply, traces);
  });
}

function parseFindTraces(query: QueryValues): GoParsed<{ query: TraceQuery; raw: boolean }> {
  const min = param(query, 'query.start_time_min', 'query.startTimeMin');
  const max = param(query, 'query.start_time_max', 'query.startTimeMax');
  if (min === '' || max === '') {
    return { ok: false, error: 'query.start_time_min and query.start_time_max are required' };
  }
  const serviceName = param(query, 'query.service_name', 'query.serviceName');
  if (serviceName === '') return { ok: false, error: 'query.service_name is required' };
  const startTimeMin = named('query.start_time_min', parseRfc3339(min));
  if (!startTimeMin.ok) return startTimeMin;
  const startTimeMax = named('query.start_time_max', parseRfc3339(max));
  if (!startTimeMax.ok) return startTimeMax;
  const rest = parseFindOptions(query);
  if (!rest.ok) return rest;
  const operationName = param(query, 'query.operation_name', 'query.operationName');
  return {
    ok: true,
    value: {
      raw: rest.value.raw,
      query: {
        serviceName,
        ...(operationName === '' ? {} : { operationName }),
        startTimeMin: startTimeMin.value,
        startTimeMax: startTimeMax.value,
        ...rest.value.query,
      },
    },
  };
}

type FindOptions = Pick<TraceQuery, 'tags' | 'durationMin' | 'durationMax' | 'numTraces'>;

function parseFindOptions(query: QueryValues): GoParsed<{ query: FindOptions; raw: boolean }> {
  const depth = optional(query, ['query.search_depth', 'query.searchDepth', 'query.num_traces'], (t) =>
    parseGoInt(t, 32),
  );
  if (!depth.ok) return depth;
  const durationMin = optional(query, ['query.duration_min', 'query.durationMin'], parseGoDuration);
  if (!durationMin.ok) return durationMin;
  const durationMax = optional(query, ['query.duration_max', 'query.durationMax'], parseGoDuration);
  if (!durationMax.ok) return durationMax;
  const raw = optional(query, ['query.raw_traces', 'query.rawTraces'], parseGoBool);
  if (!raw.ok) return raw;
  const tags = optionalTags(query);
  if (!tags.ok) return tags;
  const micro = (nanos: bigint | undefined) =>
    nanos === undefined || nanos === 0n ? undefined : micros(Number(nanos) / 1000);
  const min = micro(durationMin.value);
  const max = micro(durationMax.value);
  return {
    ok: true,
    value: {
      raw: raw.value ?? false,
      query: {
        tags: tags.value,
        ...(min === undefined ? {} : { durationMin: min }),
        ...(max === undefined ? {} : { durationMax: max }),
        numTraces:
          depth.value === undefined || depth.value <= 0n ? DEFAULT_SEARCH_LIMIT : Number(depth.value),
      },
    },
  };
}

/** `query.attributes`: a JSON map of string values (Jaeger v2). */
function optionalTags(query: QueryValues): GoParsed<Record<string, string>> {
  const text = first(query, 'query.attributes');
  if (text === '') return { ok: true, value: {} };
  const tags = parseTags([], [text]);
  return tags.ok ? tags : { ok: false, error: `malformed parameter query.attributes: ${tags.error}` };
}

function param(query: QueryValues, ...names: string[]): string {
  for (const name of names) {
    const value = first(query, name);
    if (value !== '') return value;
  }
  return '';
}

function named<T>(name: string, parsed: GoParsed<T>): GoParsed<T> {
  return parsed.ok ? parsed : { ok: false, error: `malformed parameter ${name}: ${parsed.error}` };
}

function optional<T>(
  query: QueryValues,
  names: string[],
  parse: (text: string) => GoParsed<T>,
): GoParsed<T | undefined> {
  for (const name of names) {
    const text = first(query, name);
    if (text !== '') return named(name, parse(text));
  }
  return { ok: true, value: undefined };
}

function sendTraces(reply: FastifyReply, traces: readonly Trace[]): FastifyReply {
  const spans: Span[] = traces.flatMap((trace) => trace.spans);
  return sendV3(reply, 200, { result: toOtlpJson(spans) });
}

function sendV3(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).type('application/json').send(toJson(body, false));
}

/** grpc-gateway's error body, written with Go's http.Error as Jaeger does. */
export function sendV3Error(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply
    .code(status)
    .header('x-content-type-options', 'nosniff')
    .type('text/plain; charset=utf-8')
    .send(`${toJson({ error: { httpCode: status, message } }, false)}\n`);
}
