import { status } from '@grpc/grpc-js';
import type { Span } from '@spanstream/model';
import type { SpanProcessor, SubmitMeta } from '../../processor/span-processor.ts';
import { GrpcStatusError } from './grpc-server.ts';

/** Submits spans; a full queue is RESOURCE_EXHAUSTED and a stopping collector UNAVAILABLE, for the whole call. */
export function submitOrThrow(
  processor: SpanProcessor,
  spans: readonly Span[],
  meta: SubmitMeta,
  retryAfterSeconds: number,
) {
  const outcome = processor.submit(spans, meta);
  if (outcome.status === 'busy')
    throw new GrpcStatusError(
      status.RESOURCE_EXHAUSTED,
      'collector queue is full, retry later',
      retryAfterSeconds,
    );
  if (outcome.status === 'stopped') throw new GrpcStatusError(status.UNAVAILABLE, 'collector is stopping');
  return outcome;
}
