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
