import kafkajs, { type Kafka, type Message } from 'kafkajs';
import type { Span, TraceId } from '@spanstream/model';
import {
  StorageError,
  type ForwardableOtlpRequest,
  type SpanSink,
  type SpanWriter,
} from '@spanstream/storage-api';
import { Counter, type Registry } from 'prom-client';
import type { CompressionName } from './compression.ts';
import { clientOptionsOf } from './kafka-client.ts';
import {
  createBatchSender,
  createKafkajsSender,
  createPlatformaticSender,
  type ProducerClient,
  type RecordSender,
  type SenderOptions,
} from './record-sender.ts';
import type { SpanEncoding } from './encodings.ts';
import type { KafkaLogger } from './logger.ts';
import type { RejectedSpan } from './message.ts';
import { encodeRecords, recordKey, type EncodeOptions } from './record-encoder.ts';
import { frameConfluent } from './schema-registry.ts';
import { spanCodec } from './span-codec.ts';

export type RequiredAcks = 'noack' | 'local' | 'all';

export interface KafkaSpanWriterOptions {
  readonly topic: string;
  readonly encoding: SpanEncoding;
  readonly requiredAcks: RequiredAcks;
  readonly compression: CompressionName;
  /** Bytes gathered before a produce request is sent (0 = send what is there at once). */
  readonly batchSize: number;
  /** How long a partial batch waits for more (ms). */
  readonly batchLingerMs: number;
  readonly maxMessageBytes: number;
  /** kafkajs idempotent producer: needs required-acks=all, one request in flight. */
  readonly idempotent: boolean;
  /** The client library that produces (ADR 0104, 0106); the record-batch producer by default. */
  readonly client?: ProducerClient;
  /** Registered schema id of `encoding`: `protobuf` and `otlp_proto` records are framed in the Confluent wire format. */
  readonly schemaId?: number;
}

export interface WriteResult {
  readonly written: number;
  /** Spans that cannot be produced (over max-message-bytes, encoding failure), by index. */
  readonly rejected: readonly RejectedSpan[];
}

/**
 * Records ready to produce for some spans, encoded at intake so that a queue in front of the
 * writer holds bytes instead of decoded spans (which would otherwise live until the broker's ack
 * and be promoted to V8's old generation).
 */
export interface PreparedBatch {
  readonly messages: Message[];
  /** Spans the messages carry. */
  readonly spans: number;
  readonly rejected: readonly RejectedSpan[];
}

/** A storage writer (the ingester's and tests' `writeSpans`) and the collector's sink in one. */
export interface KafkaSpanWriter extends SpanWriter, SpanSink<PreparedBatch> {
  /**
   * SpanWriter contract: resolves once every span is acknowledged. Spans that can never be produced
   * do not hold back their neighbours: the others are written, then it rejects with an `invalid`
   * StorageError naming them. Use `produce` to get them as a value instead.
   */
  writeSpans(spans: readonly Span[]): Promise<void>;
  /** Writes what can be written and reports the rest by index. */
  produce(spans: readonly Span[]): Promise<WriteResult>;
  /** Forwards an OTLP ExportTraceServiceRequest unchanged (nothing was sanitized) as one record. */
  writeOtlpBatch(requestBytes: Uint8Array, spans: readonly Span[]): Promise<WriteResult>;
  /**
   * Encodes spans into records now: the OTLP request bytes unchanged when given and the encoding is
   * `otlp_proto` (and they fit max-message-bytes), else the configured encoding.
   */
  prepare(spans: readonly Span[], otlpRequest?: Uint8Array): PreparedBatch;
  /** Produces a prepared batch; resolves once the broker acknowledged it. Safe to retry. */
  writePrepared(batch: PreparedBatch): Promise<WriteResult>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** One write call: resolves when every record it queued is acknowledged, rejects at the first failure. */
interface Pending {
  resolve(): void;
  reject(error: unknown): void;
  /** Records not yet acknowledged. */
  remaining: number;
  readonly spans: number;
  failed: boolean;
}

interface Queued {
  readonly message: Message;
  readonly owner: Pending;
  /** Record size estimate: key, value, headers and the record's own framing. */
  readonly bytes: number;
}

const ACKS: Record<RequiredAcks, -1 | 0 | 1> = { noack: 0, local: 1, all: -1 };
/** A record batch's header (v2 format), counted once per produce request. */
const BATCH_OVERHEAD = 61;
/** Per-record framing of the v2 format: length, attributes, deltas, key/value lengths (varints). */
const RECORD_OVERHEAD = 24;
/** Times records of an unacknowledged partition are sent again before their write fails (retriable). */
const MAX_RESENDS = 5;

/**
 * The Kafka span writer (Jaeger's `plugin/storage/kafka`), but a write resolves only when the
 * broker acknowledged it (Jaeger's async producer resolves at enqueue and loses on failure).
 * Concurrent writes are gathered into produce requests (batch-size/batch-linger) of at most the
 * broker's record-batch limit, so a burst never becomes a request the broker refuses; one request is
 * in flight at a time, which the kafkajs idempotent producer requires.
 */
export function createKafkaSpanWriter(deps: {
  kafka: Kafka;
  logger: KafkaLogger;
  registry?: Registry;
  options: KafkaSpanWriterOptions;
}): KafkaSpanWriter {
  const { options, logger } = deps;
  if (options.idempotent && options.requiredAcks !== 'all') {
    throw new StorageError('invalid', 'an idempotent producer needs --kafka.producer.required-acks=all');
  }
  const sender = createSender(deps.kafka, {
    topic: options.topic,
    acks: ACKS[options.requiredAcks],
    compression: options.compression,
    idempotent: options.idempotent,
    ...(options.client === undefined ? {} : { client: options.client }),
  });
  const written = new Counter({
    name: 'jaeger_kafka_spans_written_total',
    help: 'Spans written to Kafka, by status',
    labelNames: ['status'],
    registers: deps.registry ? [deps.registry] : [],
  });
  /** Largest produce request: one record of max-message-bytes fits; lowered to the broker's limit at start. */
  let batchLimit = options.maxMessageBytes + BATCH_OVERHEAD + RECORD_OVERHEAD;
  let encodeOptions: EncodeOptions = options;
  let queue: Queued[] = [];
  let queueBytes = 0;
  let sending = false;
  let linger: NodeJS.Timeout | undefined;

  function schedule(): void {
    if (sending || queue.length === 0) return;
    if (queueBytes >= options.batchSize || options.batchLingerMs <= 0) {
      if (linger) clearTimeout(linger);
      linger = undefined;
      setImmediate(() => void flush());
    } else {
      linger ??= setTimeout(() => {
        linger = undefined;
        void flush();
      }, options.batchLingerMs);
    }
  }

  /** The records of the next produce request: queue order, at most one record batch's worth. */
  function takeRequest(): Queued[] {
    let bytes = BATCH_OVERHEAD;
    let count = 0;
    for (const queued of queue) {
      if (count > 0 && bytes + queued.bytes > batchLimit) break;
      bytes += queued.bytes;
      count++;
    }
    const taken = queue.slice(0, count);
    queue = queue.slice(count);
    queueBytes -= bytes - BATCH_OVERHEAD;
    return taken.filter((queued) => !queued.owner.failed);
  }

  async function flush(): Promise<void> {
    if (sending || queue.length === 0) return;
    sending = true;
    try {
      await send(takeRequest());
    } finally {
      sending = false;
      schedule();
    }
  }

  /**
   * Produces `request`; a multi-record request the broker finds too large is split and retried, and
   * records of a partition the broker did not acknowledge are sent again (kafkajs: see record-sender.ts).
   */
  async function send(request: readonly Queued[], attempt = 0): Promise<void> {
    if (request.length === 0) return;
    try {
      const unsent = await sender.send(request.map((queued) => queued.message));
      if (unsent.length === 0) {
        settle(request);
        return;
      }
      const missing = request.filter((queued) => unsent.includes(queued.message));
      settle(request.filter((queued) => !missing.includes(queued)));
      if (attempt >= MAX_RESENDS) {
        settle(missing, new StorageError('unavailable', 'Kafka did not acknowledge some partitions'));
        return;
      }
      logger.warn(
        { records: missing.length, attempt: attempt + 1 },
        'a produce request left partitions unacknowledged (leader moved during a retry): sending them again',
      );
      await send(missing, attempt + 1);
    } catch (error) {
      if (isTooLarge(error) && request.length > 1) {
        logger.warn(
          { records: request.length, batchLimit },
          'broker refused a batch as too large: splitting it',
        );
        const half = Math.ceil(request.length / 2);
        await send(request.slice(0, half));
        await send(request.slice(half).filter((queued) => !queued.owner.failed));
        return;
      }
      logger.warn({ err: error, messages: request.length }, 'Kafka produce failed');
      settle(request, produceError(error));
    }
  }

  function settle(request: readonly Queued[], failure?: StorageError): void {
    const counts = new Map<Pending, number>();
    for (const { owner } of request) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    for (const [owner, acknowledged] of counts) {
      if (owner.failed) continue;
      if (failure) {
        owner.failed = true;
        written.inc({ status: 'failure' }, owner.spans);
        owner.reject(failure);
        continue;
      }
      owner.remaining -= acknowledged;
      if (owner.remaining > 0) continue;
      written.inc({ status: 'success' }, owner.spans);
      owner.resolve();
    }
  }

  function enqueue(messages: Message[], spans: number): Promise<void> {
    if (messages.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const owner: Pending = { resolve, reject, remaining: messages.length, spans, failed: false };
      for (const message of messages) {
        const bytes = recordBytes(message);
        queue.push({ message, owner, bytes });
        queueBytes += bytes;
      }
      schedule();
    });
  }

  /**
   * A clean OTLP request (nothing to repair or reject) as records without decoding it: with
   * `otlp_proto` one record per trace, keyed by it (the request's very bytes when it holds one
   * trace, else its spans re-sliced per trace), so every span lands on its trace key's partition
   * (the aggregator's join relies on it); with `protobuf` its spans transcoded into Jaeger `Span`
   * records. Undefined when a record would be too large, or the transcoder does not handle the
   * request: the collector then decodes it.
   */
  function forward(forwardable: ForwardableOtlpRequest): PreparedBatch | undefined {
    const messages: Message[] = [];
    if (options.encoding === 'protobuf') {
      const records = spanCodec.jaegerProtoOfOtlp(forwardable.request);
      if (records === undefined) return undefined;
      let lastTrace: TraceId | undefined;
      let key = '';
      for (const { traceId, span } of records) {
        if (traceId !== lastTrace) key = recordKey((lastTrace = traceId));
        messages.push({ key, value: framed(span) });
      }
    } else {
      const parts = forwardable.byTrace();
      forwardable.traceIds.forEach((traceId, i) =>
        messages.push({ key: recordKey(traceId), value: framed(parts[i]!) }),
      );
    }
    for (const { key, value } of messages)
      if ((value as Buffer).length + (key as string).length > encodeOptions.maxMessageBytes) return undefined;
    return { messages, spans: forwardable.spans, rejected: [] };
  }

  function framed(bytes: Uint8Array): Buffer {
    if (options.schemaId !== undefined) return frameConfluent(options.schemaId, bytes);
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  function prepare(spans: readonly Span[], otlpRequest?: Uint8Array): PreparedBatch {
    // otlp_proto: a request of one trace is forwarded as it came; one of several is split per trace
    // below, so that every span of a trace lands on the partition of its key (the aggregator's join
    // relies on it).
    if (otlpRequest !== undefined && options.encoding === 'otlp_proto' && oneTrace(spans)) {
      const forwarded = forward({
        request: otlpRequest,
        spans: spans.length,
        traceIds: [spans[0]!.traceId],
        byTrace: () => [otlpRequest],
      });
      if (forwarded) return forwarded;
    }
    const { messages, rejected } = encodeRecords(spans, encodeOptions);
    if (rejected.length > 0) written.inc({ status: 'failure' }, rejected.length);
    return { messages, spans: spans.length - rejected.length, rejected };
  }

  async function writePrepared(batch: PreparedBatch): Promise<WriteResult> {
    await enqueue(batch.messages, batch.spans);
    return { written: batch.spans, rejected: batch.rejected };
  }

  const produce = (spans: readonly Span[]): Promise<WriteResult> => writePrepared(prepare(spans));

  return {
    produce,
    async writeSpans(spans) {
      const { rejected } = await produce(spans);
      if (rejected.length === 0) return;
      const reasons = rejected.map((r) => `span ${r.index}: ${r.reason}`).join('; ');
      throw new StorageError(
        'invalid',
        `${rejected.length} of ${spans.length} spans not written: ${reasons}`,
      );
    },
    writeOtlpBatch: (requestBytes, spans) => writePrepared(prepare(spans, requestBytes)),
    prepare,
    ...(options.encoding === 'otlp_proto' || options.encoding === 'protobuf'
      ? { prepareOtlpRequest: forward }
      : {}),
    writePrepared,
    async start() {
      await sender.connect();
      const brokerLimit = await brokerBatchLimit(deps.kafka, options.topic, logger);
      if (brokerLimit !== undefined && brokerLimit < batchLimit) {
        batchLimit = brokerLimit;
        // A record that cannot fit a batch alone is refused at intake, never accepted and then lost.
        const maxMessageBytes = brokerLimit - BATCH_OVERHEAD - RECORD_OVERHEAD;
        encodeOptions = { ...options, maxMessageBytes };
        logger.info(
          { brokerLimit, configured: options.maxMessageBytes },
          'the broker takes smaller record batches than --kafka.producer.max-message-bytes: using its limit',
        );
      }
    },
    async close() {
      if (linger) clearTimeout(linger);
      linger = undefined;
      while (sending || queue.length > 0) {
        await flush();
        if (sending) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await sender.disconnect();
    },
  };
}

/** The sender of the configured client library, connecting as `kafka` does. */
function createSender(kafka: Kafka, options: SenderOptions & { client?: ProducerClient }): RecordSender {
  if (options.client === 'kafkajs') return createKafkajsSender(kafka, options);
  const connection = clientOptionsOf(kafka);
  if (connection === undefined) {
    throw new StorageError('invalid', 'a span writer needs a client made by createKafkaClient');
  }
  return options.client === 'platformatic'
    ? createPlatformaticSender(connection, options)
    : createBatchSender(connection, options);
}

function recordBytes(message: Message): number {
  let bytes = RECORD_OVERHEAD + (message.value as Buffer).length + byteLength(message.key);
  if (message.headers === undefined) return bytes;
  for (const [name, value] of Object.entries(message.headers)) {
    bytes +=
      Buffer.byteLength(name) +
      2 +
      (Array.isArray(value) ? value : [value]).reduce(
        (n: number, v) => n + byteLength(v as string | Buffer | null | undefined),
        0,
      );
  }
  return bytes;
}

function byteLength(value: string | Buffer | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'string' ? Buffer.byteLength(value) : value.length;
}

/**
 * The largest record batch the broker accepts for `topic`: the topic's `max.message.bytes` (which
 * defaults to the broker's `message.max.bytes`), else the broker's when the topic does not exist yet.
 * Undefined when the broker does not tell (e.g. no DescribeConfigs ACL): splitting then still applies.
 */
async function brokerBatchLimit(
  kafka: Kafka,
  topic: string,
  logger: KafkaLogger,
): Promise<number | undefined> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const topics = await admin.listTopics();
    const resource = topics.includes(topic)
      ? { type: kafkajs.ConfigResourceTypes.TOPIC, name: topic, configNames: ['max.message.bytes'] }
      : {
          type: kafkajs.ConfigResourceTypes.BROKER,
          name: String((await admin.describeCluster()).brokers[0]?.nodeId ?? 0),
          configNames: ['message.max.bytes'],
        };
    const { resources } = await admin.describeConfigs({ resources: [resource], includeSynonyms: false });
    const value = Number(resources[0]?.configEntries[0]?.configValue);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  } catch (error) {
    logger.debug(
      { err: error },
      'could not read the broker message size limit; relying on max-message-bytes',
    );
    return undefined;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

function isTooLarge(error: unknown): boolean {
  const type = (error as { type?: string }).type;
  return type === 'MESSAGE_TOO_LARGE' || type === 'RECORD_LIST_TOO_LARGE';
}

/** Broker refusals that retrying cannot fix are `invalid`; everything else is transient. */
function produceError(error: unknown): StorageError {
  const type = (error as { type?: string }).type;
  const fatal = type === 'MESSAGE_TOO_LARGE' || type === 'INVALID_RECORD' || type === 'RECORD_LIST_TOO_LARGE';
  return new StorageError(fatal ? 'invalid' : 'unavailable', `Kafka produce failed: ${String(error)}`, {
    cause: error,
  });
}

/** True when the batch holds spans of exactly one trace. */
function oneTrace(spans: readonly Span[]): boolean {
  const first = spans[0]?.traceId;
  if (first === undefined) return false;
  for (const span of spans) if (span.traceId !== first) return false;
  return true;
}
