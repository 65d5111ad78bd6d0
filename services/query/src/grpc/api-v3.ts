import { status } from '@grpc/grpc-js';
import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Span } from '@spanstream/model';
import { jaeger } from '@spanstream/proto';
import type { GetTraceOptions, SpanKind } from '@spanstream/storage-api';
import { encodeOtlpTraces } from '../encoding.ts';
import { parseTraceIdParam } from '../http/trace-search-params.ts';
import type { QueryCore } from '../query-core.ts';
import { TRACE_NOT_FOUND_MESSAGE } from '../query-core.ts';
import type { HandlerContext } from './handler.ts';
import { GrpcStatusError, streaming, unary } from './handler.ts';
import { methodDefinition } from './method.ts';
import { toTraceQuery } from './trace-query.ts';
import { optionalTimestamp } from './optional-time.ts';

const SERVICE = 'jaeger.api_v3.QueryService';
/**
 * Spans per TracesData message: a whole 10,000-span trace in one message would pass the
 * 4 MiB gRPC limit, so big traces go out as several messages (clients append them).
 */
const MAX_SPANS_PER_MESSAGE = 1000;
const v3 = jaeger.api_v3;

export const apiV3Definition: ServiceDefinition = {
  GetTrace: methodDefinition(SERVICE, 'GetTrace', v3.GetTraceRequest, true),
  FindTraces: methodDefinition(SERVICE, 'FindTraces', v3.FindTracesRequest, true),
  GetServices: methodDefinition(SERVICE, 'GetServices', v3.GetServicesRequest, false),
  GetOperations: methodDefinition(SERVICE, 'GetOperations', v3.GetOperationsRequest, false),
};

/**
 * `jaeger.api_v3.QueryService`: traces as `opentelemetry.proto.trace.v1.TracesData`,
 * one message per trace (several above MAX_SPANS_PER_MESSAGE spans). Where Jaeger v1.62 returned untyped errors (UNKNOWN),
 * this uses INVALID_ARGUMENT / NOT_FOUND.
 */
export function apiV3Implementation(core: QueryCore, ctx: HandlerContext): UntypedServiceImplementation {
  return {
    GetTrace: streaming<jaeger.api_v3.GetTraceRequest>(
      ctx,
      'api_v3/GetTrace',
      'cannot retrieve trace',
      async (req, send) => {
        const id = parseTraceIdParam(req.traceId);
        if (!id.ok) throw new GrpcStatusError(status.INVALID_ARGUMENT, `malformed trace_id: ${id.error}`);
        const startTime = optionalTimestamp(req.startTime);
        const endTime = optionalTimestamp(req.endTime);
        const options: GetTraceOptions = {
          ...(startTime === undefined ? {} : { startTime }),
          ...(endTime === undefined ? {} : { endTime }),
        };
        const trace = await core.getTrace(id.value, options, req.rawTraces);
        if (trace === undefined) throw new GrpcStatusError(status.NOT_FOUND, TRACE_NOT_FOUND_MESSAGE);
        await sendTrace(trace.spans, send);
      },
    ),
    FindTraces: streaming<jaeger.api_v3.FindTracesRequest>(
      ctx,
      'api_v3/FindTraces',
      'failed when searching for traces',
      async (req, send) => {
        const traces = await core.findTraces(
          toTraceQuery(req.query, req.query?.attributes),
          req.query?.rawTraces ?? false,
        );
        for (const trace of traces) await sendTrace(trace.spans, send);
      },
    ),
    GetServices: unary<jaeger.api_v3.GetServicesRequest>(
      ctx,
      'api_v3/GetServices',
      'failed to fetch services',
      async () => {
        const services = await core.getServices();
        return v3.GetServicesResponse.encode({ services }).finish();
      },
    ),
    GetOperations: unary<jaeger.api_v3.GetOperationsRequest>(
      ctx,
      'api_v3/GetOperations',
      'failed to fetch operations',
      async (req) => {
        const operations = await core.getOperations({
          serviceName: req.service,
          spanKind: req.spanKind as SpanKind,
        });
        return v3.GetOperationsResponse.encode({
          operations: operations.map((op) => ({ name: op.name, spanKind: op.spanKind })),
        }).finish();
      },
    ),
  };
}

async function sendTrace(
  spans: readonly Span[],
  send: (message: Uint8Array) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < spans.length; i += MAX_SPANS_PER_MESSAGE) {
    await send(encodeOtlpTraces(spans.slice(i, i + MAX_SPANS_PER_MESSAGE)));
  }
}
