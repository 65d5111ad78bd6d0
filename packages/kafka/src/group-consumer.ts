import type { Admin, Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { KafkaClient } from './kafka-client.ts';
import type { IncomingMessage } from './message.ts';

/** One consumer-group member reading one topic (kafkajs settings named as our flags name them). */
export interface GroupConsumerOptions {
  readonly topic: string;
  readonly groupId: string;
  /** A new group starts at the earliest offset (else at the latest). */
  readonly fromBeginning: boolean;
  /** Record bytes one fetch response may carry, in all and per partition. */
  readonly fetchMaxBytes: number;
  readonly fetchMaxBytesPerPartition: number;
  /** Fetch long-poll when idle, and kafkajs's re-check delay while every partition is paused (default 5 s). */
  readonly fetchMaxWaitMs?: number;
  /** Group session timeout: how long a dead member holds its partitions (kafkajs default 30 s). */
  readonly sessionTimeoutMs?: number;
  /** Heartbeat interval, about a third of the session timeout (kafkajs default 3 s). */
  readonly heartbeatIntervalMs?: number;
  /** How long a rebalance waits for every live member to rejoin (kafkajs default 60 s). */
  readonly rebalanceTimeoutMs?: number;
  /** Partitions whose batch handlers may run at once (default 1). */
  readonly partitionsConsumedConcurrently?: number;
}

/** Group membership events; each handler is optional. */
export interface GroupConsumerEvents {
  /** Joined (or rejoined) the group: `partitions` is this member's whole assignment of the topic. */
  readonly onJoin?: (assignment: { readonly partitions: number[]; readonly groupId: string }) => void;
  /** The group started a rebalance: offsets of the current generation are still accepted until it completes. */
  readonly onRebalancing?: () => void;
  /** The consumer crashed; `restart` tells whether it restarts by itself. */
  readonly onCrash?: (crash: { readonly error: Error; readonly restart: boolean }) => void;
}

/** Records of one partition from one fetch, handed to the batch handler in offset order. */
export interface PartitionBatch {
  readonly partition: number;
  readonly messages: readonly IncomingMessage[];
  /** Offset of the batch's last record, control records included (the next fetch starts after it). */
  readonly lastOffset: number;
  /** The partition's high watermark at fetch time. */
  readonly highWatermark: number;
  /** Tells the group this member is alive; rejects with a rebalance error (`isRebalanceInProgress`) during a rebalance. */
  heartbeat(): Promise<void>;
  /** Manual mode: the batch was taken over, fetch the partition on from `lastOffset + 1`. */
  markFetched(): void;
}

/**
 * `after-handler`: once the handler resolved, the batch is marked fetched and `lastOffset + 1` committed.
 * `manual`: the handler marks the batch fetched (`markFetched`) and the caller commits with `commit`, e.g. when
 * work continues after the handler returned (the ingester's pipeline).
 */
export type CommitMode = 'after-handler' | 'manual';

/** End, low and group-committed offsets of one partition, from the broker. */
export interface PartitionOffsets {
  readonly partition: number;
  readonly endOffset: number;
  readonly lowOffset: number;
  /** Next offset the group reads, or undefined when the group never committed on this partition. */
  readonly committedOffset: number | undefined;
  /** Metadata committed with that offset (empty when none), e.g. the aggregator's resume point. */
  readonly committedMetadata: string;
}

export interface GroupConsumer {
  connect(): Promise<void>;
  /** Subscribes to the topic; rejects while the topic does not exist yet (`isTopicNotReady`). */
  subscribe(): Promise<void>;
  /** Starts fetching; non-empty batches of a live generation go to `handler`. */
  run(handler: (batch: PartitionBatch) => Promise<void>, mode: CommitMode): Promise<void>;
  /** Stops fetching the given partitions (every partition of the topic when omitted). */
  pause(partitions?: readonly number[]): void;
  /** Fetches the given partitions again (every partition of the topic when omitted, including any assigned later). */
  resume(partitions?: readonly number[]): void;
  /** Fetches the partition again from `offset`. */
  seek(partition: number, offset: number): void;
  /** Commits, per partition, the next offset to read (with an optional metadata string kept by the broker). */
  commit(
    offsets: readonly { readonly partition: number; readonly offset: number; readonly metadata?: string }[],
  ): Promise<void>;
  /** Offsets of the topic's partitions and of the group, from the broker (works while paused or idle). */
  offsets(): Promise<PartitionOffsets[]>;
  /** Stops fetching and handing out batches; the member stays connected until `disconnect`. */
  stop(): Promise<void>;
  /** Leaves the group and closes the connections. */
  disconnect(): Promise<void>;
}

/** The shared consumer layer over kafkajs: what every group member of ours needs, in our own types. */
export function createGroupConsumer(
  kafka: KafkaClient,
  options: GroupConsumerOptions,
  events: GroupConsumerEvents = {},
): GroupConsumer {
  const { topic, groupId } = options;
  const consumer = kafka.consumer({
    groupId,
    maxBytesPerPartition: options.fetchMaxBytesPerPartition,
    maxBytes: options.fetchMaxBytes,
    allowAutoTopicCreation: false,
    ...(options.fetchMaxWaitMs !== undefined && { maxWaitTimeInMs: options.fetchMaxWaitMs }),
    ...(options.sessionTimeoutMs !== undefined && { sessionTimeout: options.sessionTimeoutMs }),
    ...(options.heartbeatIntervalMs !== undefined && { heartbeatInterval: options.heartbeatIntervalMs }),
    ...(options.rebalanceTimeoutMs !== undefined && { rebalanceTimeout: options.rebalanceTimeoutMs }),
  });
  const admin = kafka.admin();
  listen(consumer, topic, events);
  return {
    async connect() {
      await Promise.all([admin.connect(), consumer.connect()]);
    },
    subscribe: () => consumer.subscribe({ topic, fromBeginning: options.fromBeginning }),
    run: (handler, mode) =>
      consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 1,
        eachBatch: (payload) => eachBatch(consumer, topic, payload, handler, mode),
      }),
    pause(partitions) {
      consumer.pause([partitions ? { topic, partitions: [...partitions] } : { topic }]);
    },
    resume(partitions) {
      consumer.resume([partitions ? { topic, partitions: [...partitions] } : { topic }]);
    },
    seek(partition, offset) {
      consumer.seek({ topic, partition, offset: String(offset) });
    },
    commit: (offsets) =>
      consumer.commitOffsets(
        offsets.map(({ partition, offset, metadata }) => ({
          topic,
          partition,
          offset: String(offset),
          ...(metadata !== undefined && { metadata }),
        })),
      ),
    offsets: () => partitionOffsets(admin, topic, groupId),
    stop: () => consumer.stop(),
    async disconnect() {
      await Promise.allSettled([consumer.disconnect(), admin.disconnect()]);
    },
  };
}

function listen(consumer: Consumer, topic: string, events: GroupConsumerEvents): void {
  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
    events.onJoin?.({ partitions: payload.memberAssignment[topic] ?? [], groupId: payload.groupId });
  });
  consumer.on(consumer.events.REBALANCING, () => {
    events.onRebalancing?.();
  });
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    events.onCrash?.({ error: payload.error, restart: payload.restart });
  });
}

async function eachBatch(
  consumer: Consumer,
  topic: string,
  payload: EachBatchPayload,
  handler: (batch: PartitionBatch) => Promise<void>,
  mode: CommitMode,
): Promise<void> {
  const { batch } = payload;
  if (!payload.isRunning() || payload.isStale() || batch.messages.length === 0) return;
  const lastOffset = batch.lastOffset();
  const markFetched = () => {
    payload.resolveOffset(lastOffset);
  };
  await handler({
    partition: batch.partition,
    messages: batch.messages.map((m) => toIncoming(topic, batch.partition, m)),
    lastOffset: Number(lastOffset),
    highWatermark: Number(batch.highWatermark),
    heartbeat: () => payload.heartbeat(),
    markFetched,
  });
  if (mode === 'manual') return;
  markFetched();
  await consumer.commitOffsets([
    { topic, partition: batch.partition, offset: String(Number(lastOffset) + 1) },
  ]);
}

async function partitionOffsets(
  admin: Pick<Admin, 'fetchTopicOffsets' | 'fetchOffsets'>,
  topic: string,
  groupId: string,
): Promise<PartitionOffsets[]> {
  const [ends, groups] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId, topics: [topic] }),
  ]);
  const committed = new Map((groups[0]?.partitions ?? []).map((p) => [p.partition, p] as const));
  return ends.map((end) => {
    const group = committed.get(end.partition);
    const offset = group === undefined ? -1 : Number(group.offset);
    return {
      partition: end.partition,
      endOffset: Number(end.high),
      lowOffset: Number(end.low),
      committedOffset: offset >= 0 ? offset : undefined,
      committedMetadata: group?.metadata ?? '',
    };
  });
}

function toIncoming(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  const headers: Record<string, Buffer | string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    headers[name] = Array.isArray(value) ? value[0] : value;
  }
  return {
    topic,
    partition,
    offset: Number(message.offset),
    key: message.key,
    value: message.value,
    headers,
    timestamp: Number(message.timestamp),
  };
}
