import { ProtocolError } from '@platformatic/kafka';
import type { ProduceResponse } from './produce-request.ts';

/**
 * What to do about a partition's failed batch: send it again as it is (`retry`), after refreshing
 * the leaders (`refresh`), re-encode it under a new producer id (`reinit`), or give up (`fatal`).
 */
export type Remedy = 'retry' | 'refresh' | 'reinit' | 'fatal';

/** The partition's leader moved or is being elected: @platformatic/kafka's `hasStaleMetadata`. */
const STALE = new Set([
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_OR_FOLLOWER',
  'FENCED_LEADER_EPOCH',
]);
/** The broker no longer knows the producer id or its sequences (e.g. its state expired). */
const PRODUCER_STATE_LOST = new Set([
  'UNKNOWN_PRODUCER_ID',
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'INVALID_PRODUCER_EPOCH',
]);
/** DUPLICATE_SEQUENCE_NUMBER: a retried batch the broker had already appended. */
const DUPLICATE_SEQUENCE = 46;

/** A broker error name (`MESSAGE_TOO_LARGE`...) when `error` is a protocol error. */
export function apiIdOf(error: unknown): string | undefined {
  const apiId = (error as { apiId?: unknown } | null | undefined)?.apiId;
  return typeof apiId === 'string' ? apiId : undefined;
}

export function remedyOf(error: unknown): Remedy {
  const apiId = apiIdOf(error);
  // Connection refused or closed, request timed out: the leader may have gone; with idempotence a
  // batch written before the timeout is recognised when it comes again.
  if (apiId === undefined) return (error as { closed?: boolean }).closed === true ? 'fatal' : 'refresh';
  if (STALE.has(apiId)) return 'refresh';
  if (PRODUCER_STATE_LOST.has(apiId)) return 'reinit';
  return (error as { canRetry?: boolean }).canRetry === true ? 'retry' : 'fatal';
}

/** Each partition's answer in a Produce response: undefined when written, else its error. */
export function partitionOutcomes(response: ProduceResponse): Map<number, Error | undefined> {
  const outcomes = new Map<number, Error | undefined>();
  for (const topic of response.responses) {
    for (const { index, errorCode, errorMessage } of topic.partitionResponses) {
      const written = errorCode === 0 || errorCode === DUPLICATE_SEQUENCE;
      outcomes.set(index, written ? undefined : new ProtocolError(errorCode, errorMessage));
    }
  }
  return outcomes;
}

/** The Produce response a `ResponseError` carries (it is thrown when any partition failed). */
export function responseOf(error: unknown): ProduceResponse | undefined {
  const response = (error as { response?: Partial<ProduceResponse> } | null | undefined)?.response;
  return Array.isArray(response?.responses) ? (response as ProduceResponse) : undefined;
}
