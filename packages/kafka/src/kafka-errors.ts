/**
 * kafkajs errors the callers of this package decide on, classified here so no caller needs kafkajs's error
 * types: each predicate names a situation, not a kafkajs class.
 */

function typeOf(error: unknown): string | undefined {
  return (error as { type?: string } | undefined)?.type;
}

/** A heartbeat or commit learned that the group is rebalancing: finish up and give the partitions back. */
export function isRebalanceInProgress(error: unknown): boolean {
  return typeOf(error) === 'REBALANCE_IN_PROGRESS';
}

/** Broker error codes meaning "this member's view of the group is out of date": a rebalance took its partitions. */
const MEMBERSHIP_LOST = new Set([
  'REBALANCE_IN_PROGRESS',
  'ILLEGAL_GENERATION',
  'UNKNOWN_MEMBER_ID',
  'FENCED_INSTANCE_ID',
]);

/**
 * An offset commit (or heartbeat) was refused because the group moved on without this member's view:
 * a rebalance is in progress or already gave the partitions to a new generation. The records stay
 * uncommitted and whoever owns the partition now reads them again (at-least-once). kafkajs wraps the
 * broker's error in a non-retriable one, so the cause chain is searched.
 */
export function isGroupMembershipLost(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const type = typeOf(e);
    if (type && MEMBERSHIP_LOST.has(type)) return true;
  }
  return false;
}

/** Subscribing failed in a way a later attempt overcomes: the topic is not created yet, or its partitions are between leaders. */
export function isTopicNotReady(error: unknown): boolean {
  const type = typeOf(error);
  return (
    type === 'UNKNOWN_TOPIC_OR_PARTITION' ||
    type === 'LEADER_NOT_AVAILABLE' ||
    (error as { retriable?: boolean } | undefined)?.retriable === true
  );
}

/** The broker refused a record as larger than its limit. */
export function isMessageTooLarge(error: unknown): boolean {
  return typeOf(error) === 'MESSAGE_TOO_LARGE';
}
