import { status } from '@grpc/grpc-js';
import type { SpanProcessor } from '../../processor/span-processor.ts';
import { summarizeRejections, type Decoded } from '../decode-result.ts';
import { encodeOtlpExportResponse } from '@spanstream/codec';
import { acceptedOrThrow, submitOrThrow } from './submit.ts';
import { GrpcStatusError, type InternalErrorHook, rawService } from './grpc-server.ts';

/** `opentelemetry.proto.collector.trace.v1.TraceService/Export`. */
export function otlpTraceService(
  processor: SpanProcessor,
  decode: (bytes: Uint8Array) => Decoded,
  retryAfterSeconds: number,
  onInternalError?: InternalErrorHook,
) {
  return rawService(
    'opentelemetry.proto.collector.trace.v1.TraceService',
    {
      Export: (request) => {
        // Proven clean at the wire level and forwarded as it is by the sink: never decoded.
        const forwarded = processor.submitOtlpRequest(request, { format: 'otlp', transport: 'grpc' });
        if (forwarded !== undefined) {
          acceptedOrThrow(forwarded, retryAfterSeconds);
          return encodeOtlpExportResponse(0, '');
        }
        const decoded = decode(request);
        if (!decoded.ok)
          throw new GrpcStatusError(status.INVALID_ARGUMENT, `cannot decode OTLP protobuf: ${decoded.error}`);
        const otlpRequest = decoded.rejected.length === 0 ? request : undefined;
        const outcome = submitOrThrow(
          processor,
          decoded.spans,
          {
            format: 'otlp',
            transport: 'grpc',
            otlpRequest,
            decodeRejected: decoded.rejected.length,
          },
          retryAfterSeconds,
        );
        const rejected = [...decoded.rejected, ...outcome.rejected];
        if (outcome.accepted === 0 && rejected.length > 0)
          throw new GrpcStatusError(status.INVALID_ARGUMENT, summarizeRejections(rejected));
        return encodeOtlpExportResponse(
          rejected.length,
          rejected.length === 0 ? '' : summarizeRejections(rejected),
        );
      },
    },
    onInternalError,
  );
}
