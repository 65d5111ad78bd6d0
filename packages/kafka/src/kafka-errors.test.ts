import { KafkaJSNonRetriableError, KafkaJSProtocolError } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { isGroupMembershipLost, isRebalanceInProgress } from './kafka-errors.ts';

/** The broker's error as kafkajs builds it from a response code (22 = ILLEGAL_GENERATION, …). */
const protocolError = (type: string, code: number) =>
  Object.assign(new KafkaJSProtocolError(type), { type, code });

/** kafkajs's retry: `new KafkaJSNonRetriableError(e, { cause: e.cause || e })` (its typings omit the second argument). */
const nonRetriable = (cause: Error) => Object.assign(new KafkaJSNonRetriableError(cause), { cause });

describe('isGroupMembershipLost', () => {
  it('finds a stale generation inside the non-retriable error kafkajs wraps a commit failure in', () => {
    const cause = protocolError('ILLEGAL_GENERATION', 22);
    const wrapped = nonRetriable(cause); // as kafkajs's retry wraps it
    expect(isGroupMembershipLost(wrapped)).toBe(true);
    expect(isRebalanceInProgress(wrapped)).toBe(false);
  });

  it('names every error that means another member now owns the partition', () => {
    for (const [type, code] of [
      ['REBALANCE_IN_PROGRESS', 27],
      ['UNKNOWN_MEMBER_ID', 25],
      ['ILLEGAL_GENERATION', 22],
    ] as const) {
      expect(isGroupMembershipLost(protocolError(type, code))).toBe(true);
    }
  });

  it('leaves other failures to the caller', () => {
    expect(isGroupMembershipLost(nonRetriable(protocolError('GROUP_AUTHORIZATION_FAILED', 30)))).toBe(false);
    expect(isGroupMembershipLost(new Error('connection closed'))).toBe(false);
    expect(isGroupMembershipLost(undefined)).toBe(false);
  });
});
