import {
  Base,
  kGetApi,
  kGetBootstrapConnection,
  kGetConnection,
  kMetadata,
  kOptions,
  kPerformWithRetry,
  ProtocolError,
  type BaseOptions,
  type Broker,
  type ClusterMetadata,
  type ClusterTopicMetadata,
  type Connection,
} from '@platformatic/kafka';
import type { CompressionName } from '../compression.ts';
import { jaegerHashOf } from '../jaeger-partitioner.ts';
import { IdempotentState } from './idempotence.ts';
import { apiIdOf, partitionOutcomes, remedyOf, responseOf, type Remedy } from './produce-errors.ts';
import { produceApi, type ProduceApi } from './produce-request.ts';
import { encodeRecordBatch, type BatchRecord } from './record-batch.ts';

export interface BatchProducerOptions {
  readonly topic: string;
  /** -1: every in-sync replica, 1: the leader, 0: none. */
  readonly acks: -1 | 0 | 1;
  readonly compression: CompressionName;
  /** KIP-98 idempotence: needs acks=-1. */
  readonly idempotent: boolean;
  /** Times a partition's batch is sent again (leader moved, not enough replicas...) before the send fails. */
  readonly retries?: number;
}

/** A partition's records and their encoded batch, until the partition's leader acknowledges it. */
interface PartitionSend {
  readonly partition: number;
  readonly records: readonly BatchRecord[];
  batch: Buffer;
  error?: Error;
}

type InitProducerIdArguments = [
  transactionalId: string | null,
  timeout: number,
  producerId: bigint,
  producerEpoch: number,
];
interface InitProducerIdResponse {
  readonly producerId: bigint;
  readonly producerEpoch: number;
}

const DEFAULT_RETRIES = 10;
const MAX_RETRY_DELAY_MS = 1000;

function fromCallback<T>(start: (callback: (error: Error | null, value?: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((error, value) => {
      if (error) reject(error);
      else resolve(value as T);
    });
  });
}

/** A send that failed: the broker's error name as `type` (the span writer splits on MESSAGE_TOO_LARGE). */
function sendError(topic: string, failed: PartitionSend): Error {
  const cause = failed.error;
  const error = new Error(
    `producing to ${topic}[${failed.partition}] failed: ${cause?.message ?? 'unknown error'}`,
    { cause },
  );
  const type = apiIdOf(cause);
  return type === undefined ? error : Object.assign(error, { type });
}

/**
 * A producer of one topic that encodes one record batch per partition itself (ADR 0106), on
 * @platformatic/kafka's connections, metadata, TLS/SASL and API negotiation. The records of a send
 * are partitioned with Jaeger's (sarama's) hash partitioner, each partition's are laid out into a
 * single Buffer, and each leader gets one Produce request for all its partitions. A send resolves
 * when every partition's leader acknowledged its batch and rejects as a whole otherwise (after
 * retries), so nothing is silently left out.
 */
export class BatchProducer extends Base {
  readonly #options: BatchProducerOptions;
  readonly #state: IdempotentState;
  readonly #retries: number;
  #roundRobin = 0;

  constructor(connection: BaseOptions, options: BatchProducerOptions) {
    super({ ...connection, autocreateTopics: true });
    if (options.idempotent && options.acks !== -1) throw new Error('an idempotent producer needs acks=-1');
    this.#options = options;
    this.#state = new IdempotentState(options.idempotent);
    this.#retries = options.retries ?? DEFAULT_RETRIES;
  }

  /** Reads the topic's metadata (creating the topic when the broker allows it). */
  async connect(): Promise<void> {
    await this.#topicMetadata(false);
  }

  async send(records: readonly BatchRecord[]): Promise<void> {
    if (records.length === 0) return;
    try {
      const { topic } = await this.#topicMetadata(false);
      if (!this.#state.ready) await this.#initProducerId();
      const byPartition = this.#partition(records, topic.partitionsCount);
      await this.#deliver(await this.#encode(byPartition));
    } catch (error) {
      // Some batches may or may not have been appended: start the next send from a new producer id.
      this.#state.reset();
      throw error;
    }
  }

  /** Jaeger's partition of each record: |FNV-1a(key)| modulo the partition count (round robin without key). */
  #partition(records: readonly BatchRecord[], count: number): Map<number, BatchRecord[]> {
    const byPartition = new Map<number, BatchRecord[]>();
    for (const record of records) {
      const key = record.key;
      const partition =
        key === null || key === undefined ? this.#roundRobin++ % count : jaegerHashOf(key) % count;
      let list = byPartition.get(partition);
      if (list === undefined) byPartition.set(partition, (list = []));
      list.push(record);
    }
    return byPartition;
  }

  /** One batch per partition, reserving its sequence numbers (a retry resends the same bytes). */
  async #encode(byPartition: ReadonlyMap<number, readonly BatchRecord[]>): Promise<PartitionSend[]> {
    const now = Date.now();
    const sends: PartitionSend[] = [];
    for (const [partition, records] of byPartition) {
      const producer = this.#state.reserve(partition, records.length);
      const batch = await encodeRecordBatch(records, producer, this.#options.compression, now);
      sends.push({ partition, records, batch });
    }
    return sends;
  }

  /** Sends until every partition is acknowledged; throws at a fatal error or after the retries. */
  async #deliver(sends: PartitionSend[]): Promise<void> {
    let pending = sends;
    let refresh = false;
    let reinitialised = false;
    for (let attempt = 0; ; attempt++) {
      const metadata = await this.#topicMetadata(refresh);
      pending = await this.#sendOnce(pending, metadata.brokers, metadata.topic);
      if (pending.length === 0) return;
      const remedies = new Set<Remedy>(pending.map((send) => remedyOf(send.error)));
      const fatal = pending.find((send) => remedyOf(send.error) === 'fatal');
      if (fatal !== undefined) throw sendError(this.#options.topic, fatal);
      if (attempt >= this.#retries) throw sendError(this.#options.topic, pending[0]!);
      if (remedies.has('reinit')) {
        // The broker lost this producer's state (as @platformatic/kafka: once per send).
        if (reinitialised) throw sendError(this.#options.topic, pending[0]!);
        reinitialised = true;
        await this.#initProducerId();
        pending = await this.#encode(new Map(pending.map((send) => [send.partition, send.records])));
      }
      refresh = remedies.has('refresh');
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, MAX_RETRY_DELAY_MS)));
    }
  }

  /** One Produce request per leader, concurrently; returns the partitions not acknowledged, with their error. */
  async #sendOnce(
    sends: readonly PartitionSend[],
    brokers: ClusterMetadata['brokers'],
    topic: ClusterTopicMetadata,
  ): Promise<PartitionSend[]> {
    const failed: PartitionSend[] = [];
    const byLeader = new Map<number, PartitionSend[]>();
    for (const send of sends) {
      const leader = topic.partitions[send.partition]?.leader ?? -1;
      if (leader < 0 || !brokers.has(leader)) {
        send.error = new ProtocolError('LEADER_NOT_AVAILABLE');
        failed.push(send);
        continue;
      }
      let list = byLeader.get(leader);
      if (list === undefined) byLeader.set(leader, (list = []));
      list.push(send);
    }
    await Promise.all(
      [...byLeader].map(async ([leader, group]) => {
        const outcomes = await this.#produce(brokers.get(leader)!, group);
        for (const send of group) {
          const error = outcomes instanceof Error ? outcomes : outcomes.get(send.partition);
          if (error === undefined && !(outcomes instanceof Error) && outcomes.has(send.partition)) continue;
          send.error = error ?? new ProtocolError('UNKNOWN_TOPIC_OR_PARTITION');
          failed.push(send);
        }
      }),
    );
    return failed;
  }

  /** A leader's answer per partition, or the error that lost the whole request. */
  async #produce(
    broker: Broker,
    group: readonly PartitionSend[],
  ): Promise<Map<number, Error | undefined> | Error> {
    try {
      const connection = await fromCallback<Connection>((cb) => {
        this[kGetConnection](broker, cb);
      });
      const api = await this.#produceApi();
      const batches = group.map(({ partition, batch }) => ({ partition, batch }));
      const { acks, topic } = this.#options;
      const response = await api.async(connection, acks, this[kOptions].timeout ?? 5000, topic, batches);
      if (typeof response === 'boolean') return new Map(group.map((send) => [send.partition, undefined]));
      return partitionOutcomes(response);
    } catch (error) {
      const response = responseOf(error);
      if (response !== undefined) return partitionOutcomes(response);
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** The highest Produce version both the broker and this client speak. */
  async #produceApi(): Promise<ProduceApi> {
    const negotiated = await fromCallback<{ version: number }>((cb) => {
      this[kGetApi]('Produce', cb);
    });
    return produceApi(negotiated.version);
  }

  async #topicMetadata(
    forceUpdate: boolean,
  ): Promise<{ brokers: ClusterMetadata['brokers']; topic: ClusterTopicMetadata }> {
    const name = this.#options.topic;
    const metadata = await fromCallback<ClusterMetadata>((cb) => {
      this[kMetadata]({ topics: [name], autocreateTopics: true, forceUpdate }, cb);
    });
    const topic = metadata.topics.get(name);
    if (topic === undefined) throw new Error(`no metadata for topic ${name}`);
    return { brokers: metadata.brokers, topic };
  }

  /** InitProducerId (no transactional id): a fresh producer id and epoch, sequences from 0. */
  async #initProducerId(): Promise<void> {
    const timeout = this[kOptions].timeout ?? 5000;
    const response = await fromCallback<InitProducerIdResponse>((done) => {
      void this[kPerformWithRetry]<InitProducerIdResponse>(
        'initProducerId',
        (retry, attempt) => {
          this[kGetBootstrapConnection]((error, connection) => {
            if (error) {
              retry(error);
              return;
            }
            this[kGetApi]<InitProducerIdArguments, InitProducerIdResponse>('InitProducerId', (error, api) => {
              if (error) {
                retry(error);
                return;
              }
              api!(connection!, null, timeout, -1n, -1, retry);
            });
          }, attempt);
        },
        done,
      );
    });
    this.#state.assign(response.producerId, response.producerEpoch);
  }
}
