import { status } from '@grpc/grpc-js';
import { jaeger } from '@spanstream/proto';
import type { SpanProcessor } from '../../processor/span-processor.ts';
import type { StrategyStore } from '../../sampling/strategy-store.ts';
import { summarizeRejections, type Decoded } from '../decode-result.ts';
import { GrpcStatusError, type InternalErrorHook, rawService } from './grpc-server.ts';
import { submitOrThrow } from './submit.ts';

const EMPTY = new Uint8Array(0);

/**
 * `jaeger.api_v2.CollectorService/PostSpans`. Jaeger has no partial success: a
 * request with some invalid spans is OK (the rest is stored, rejections counted);
 * one with only invalid spans is INVALID_ARGUMENT.
 */
export function jaegerCollectorService(
  processor: SpanProcessor,
  decode: (bytes: Uint8Array) => Decoded,
  retryAfterSeconds: number,
  onInternalError?: InternalErrorHook,
) {
  return rawService(
    'jaeger.api_v2.CollectorService',
    {
      PostSpans: (request) => {
        const decoded = decode(request);
        if (!decoded.ok)
          throw new GrpcStatusError(
            status.INVALID_ARGUMENT,
            `cannot decode PostSpansRequest: ${decoded.error}`,
          );
        const outcome = submitOrThrow(
          processor,
          decoded.spans,
          { format: 'proto', transport: 'grpc', decodeRejected: decoded.rejected.length },
          retryAfterSeconds,
        );
        const rejected = [...decoded.rejected, ...outcome.rejected];
        if (outcome.accepted === 0 && rejected.length > 0)
          throw new GrpcStatusError(status.INVALID_ARGUMENT, summarizeRejections(rejected));
        return EMPTY;
      },
    },
    onInternalError,
  );
}

/** `jaeger.api_v2.SamplingManager/GetSamplingStrategy` from the strategies file. */
export function samplingManagerService(store: StrategyStore) {
  return rawService('jaeger.api_v2.SamplingManager', {
    GetSamplingStrategy: (request) => {
      let serviceName: string;
      try {
        serviceName = jaeger.api_v2.SamplingStrategyParameters.decode(request).serviceName;
      } catch (error) {
        throw new GrpcStatusError(
          status.INVALID_ARGUMENT,
          `cannot decode SamplingStrategyParameters: ${(error as Error).message}`,
        );
      }
      const response = jaeger.api_v2.SamplingStrategyResponse.fromObject(store.get(serviceName));
      return jaeger.api_v2.SamplingStrategyResponse.encode(response).finish();
    },
  });
}
