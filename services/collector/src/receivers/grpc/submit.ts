import { status } from '@grpc/grpc-js';
import type { Span } from '@spanstream/model';
import type { SpanProcessor, SubmitMeta, SubmitOutcome } from '../../processor/span-processor.ts';
import { GrpcStatusError } from './grpc-server.ts';

/** Submits spans; a full queue is RESOURCE_EXHAUSTED and a stopping collector UNAVAILABLE, for the whole call. */
export function submitOrThrow(
  processor: SpanProcessor,
  spans: readonly Span[],
  meta: SubmitMeta,
  retryAfterSeconds: number,
) {
  return acceptedOrThrow(processor.submit(spans, meta), retryAfterSeconds);
}

/** An accepted outcome as it is; a full queue is RESOURCE_EXHAUSTED and a stopping collector UNAVAILABLE. */
export function acceptedOrThrow(outcome: SubmitOutcome, retryAfterSeconds: number) {
  if (outcome.status === 'busy')
    throw new GrpcStatusError(
      status.RESOURCE_EXHAUSTED,
      'collector queue is full, retry later',
      retryAfterSeconds,
    );
  if (outcome.status === 'stopped') throw new GrpcStatusError(status.UNAVAILABLE, 'collector is stopping');
  return outcome;
}
