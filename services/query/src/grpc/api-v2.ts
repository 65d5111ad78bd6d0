import { status } from '@grpc/grpc-js';
import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Span, TraceId } from '@spanstream/model';
import { millis, traceIdFromBytes } from '@spanstream/model';
import { jaeger, Long } from '@spanstream/proto';
import type { GetTraceOptions, SpanKind } from '@spanstream/storage-api';
import { encodeSpansResponseChunk } from '../encoding.ts';
import type { QueryCore } from '../query-core.ts';
import { NO_ARCHIVE_MESSAGE, TRACE_NOT_FOUND_MESSAGE } from '../query-core.ts';
import type { HandlerContext } from './handler.ts';
import { GrpcStatusError, streaming, unary } from './handler.ts';
import { methodDefinition } from './method.ts';
import { toTraceQuery } from './trace-query.ts';
import { optionalTimestamp } from './optional-time.ts';

const SERVICE = 'jaeger.api_v2.QueryService';
/** Jaeger's grpc_handler sends traces in chunks of at most 10 spans. */
const MAX_SPANS_PER_CHUNK = 10;
const v2 = jaeger.api_v2;

export const apiV2Definition: ServiceDefinition = {
  GetTrace: methodDefinition(SERVICE, 'GetTrace', v2.GetTraceRequest, true),
  ArchiveTrace: methodDefinition(SERVICE, 'ArchiveTrace', v2.ArchiveTraceRequest, false),
  FindTraces: methodDefinition(SERVICE, 'FindTraces', v2.FindTracesRequest, true),
  GetServices: methodDefinition(SERVICE, 'GetServices', v2.GetServicesRequest, false),
  GetOperations: methodDefinition(SERVICE, 'GetOperations', v2.GetOperationsRequest, false),
  GetDependencies: methodDefinition(SERVICE, 'GetDependencies', v2.GetDependenciesRequest, false),
};

/** `jaeger.api_v2.QueryService` with Jaeger v1.62's status codes and messages (`cmd/query/app/grpc_handler.go`). */
export function apiV2Implementation(core: QueryCore, ctx: HandlerContext): UntypedServiceImplementation {
  return {
    GetTrace: streaming<jaeger.api_v2.GetTraceRequest>(
      ctx,
      'api_v2/GetTrace',
      'failed to fetch spans from the backend',
      async (req, send) => {
        const traceId = requireTraceId(req.traceId);
        const trace = await core.getTrace(traceId, hints(req), req.rawTraces);
        if (trace === undefined) throw notFound();
        await sendChunks(trace.spans, send);
      },
    ),
    ArchiveTrace: unary<jaeger.api_v2.ArchiveTraceRequest>(
      ctx,
      'api_v2/ArchiveTrace',
      'failed to archive trace',
      async (req) => {
        const outcome = await core.archiveTrace(requireTraceId(req.traceId), hints(req));
        if (outcome === 'not-found') throw notFound();
        if (outcome === 'no-archive')
          throw new GrpcStatusError(status.INTERNAL, `failed to archive trace: ${NO_ARCHIVE_MESSAGE}`);
        return v2.ArchiveTraceResponse.encode({}).finish();
      },
    ),
    FindTraces: streaming<jaeger.api_v2.FindTracesRequest>(
      ctx,
      'api_v2/FindTraces',
      'failed when searching for traces',
      async (req, send) => {
        const traces = await core.findTraces(
          toTraceQuery(req.query, req.query?.tags),
          req.query?.rawTraces ?? false,
        );
        for (const trace of traces) await sendChunks(trace.spans, send);
      },
    ),
    GetServices: unary<jaeger.api_v2.GetServicesRequest>(
      ctx,
      'api_v2/GetServices',
      'failed to fetch services',
      async () => {
        const services = await core.getServices();
        return v2.GetServicesResponse.encode({ services }).finish();
      },
    ),
    GetOperations: unary<jaeger.api_v2.GetOperationsRequest>(
      ctx,
      'api_v2/GetOperations',
      'failed to fetch operations',
      async (req) => {
        const operations = await core.getOperations({
          serviceName: req.service,
          spanKind: req.spanKind as SpanKind,
        });
        return v2.GetOperationsResponse.encode({
          operationNames: operations.map((op) => op.name),
          operations: operations.map((op) => ({ name: op.name, spanKind: op.spanKind })),
        }).finish();
      },
    ),
    GetDependencies: unary<jaeger.api_v2.GetDependenciesRequest>(
      ctx,
      'api_v2/GetDependencies',
      'failed to fetch dependencies',
      async (req) => {
        const start = optionalTimestamp(req.startTime);
        const end = optionalTimestamp(req.endTime);
        if (start === undefined || end === undefined) {
          throw new GrpcStatusError(status.INVALID_ARGUMENT, 'StartTime and EndTime must be initialized.');
        }
        const links = await core.getDependencies(
          millis(Math.floor(end / 1000)),
          millis(Math.floor((end - start) / 1000)),
        );
        return v2.GetDependenciesResponse.encode({
          dependencies: links.map((link) => ({
            parent: link.parent,
            child: link.child,
            callCount: Long.fromNumber(link.callCount, true),
            source: link.source ?? '',
          })),
        }).finish();
      },
    ),
  };
}

function requireTraceId(bytes: Uint8Array): TraceId {
  const id = traceIdFromBytes(bytes);
  if (id === undefined)
    throw new GrpcStatusError(status.INVALID_ARGUMENT, 'uninitialized TraceID is not allowed');
  return id;
}

function hints(req: {
  startTime?: jaeger.api_v2.GetTraceRequest['startTime'];
  endTime?: jaeger.api_v2.GetTraceRequest['endTime'];
}): GetTraceOptions {
  const startTime = optionalTimestamp(req.startTime);
  const endTime = optionalTimestamp(req.endTime);
  return { ...(startTime === undefined ? {} : { startTime }), ...(endTime === undefined ? {} : { endTime }) };
}

/**
 * Doubled on purpose: Jaeger's handler wraps spanstore.ErrTraceNotFound in its own message
 * (`"%s: %v"`), and Jaeger v2 (v1.75.0) still answers api_v2 GetTrace exactly so; clients match it.
 */
function notFound(): GrpcStatusError {
  return new GrpcStatusError(status.NOT_FOUND, `${TRACE_NOT_FOUND_MESSAGE}: ${TRACE_NOT_FOUND_MESSAGE}`);
}

async function sendChunks(
  spans: readonly Span[],
  send: (message: Uint8Array) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < spans.length; i += MAX_SPANS_PER_CHUNK) {
    await send(encodeSpansResponseChunk(spans.slice(i, i + MAX_SPANS_PER_CHUNK)));
  }
}
