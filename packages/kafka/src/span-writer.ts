import type { CompressionTypes, Kafka, Message, Producer } from 'kafkajs';
import type { Span } from '@spanstream/model';
import { JaegerPartitioner } from './jaeger-partitioner.ts';
import { StorageError, type SpanWriter } from '@spanstream/storage-api';
import { Counter, type Registry } from 'prom-client';
import { compressionType, type CompressionName } from './compression.ts';
import type { SpanEncoding } from './encodings.ts';
import type { KafkaLogger } from './logger.ts';
import type { RejectedSpan } from './message.ts';
import { encodeRecords, recordKey, type EncodeOptions } from './record-encoder.ts';

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
  /** Registered schema id: protobuf records are framed in the Confluent wire format. */
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

export interface KafkaSpanWriter extends SpanWriter {
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

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

const ACKS: Record<RequiredAcks, number> = { noack: 0, local: 1, all: -1 };

/**
 * The Kafka span writer (Jaeger's `plugin/storage/kafka`), but a write resolves only when the
 * broker acknowledged it (Jaeger's async producer resolves at enqueue and loses on failure).
 * Concurrent writes are gathered into one produce request (batch-size/batch-linger); one request
 * is in flight at a time, which the kafkajs idempotent producer requires.
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
  const producer: Producer = deps.kafka.producer({
    idempotent: options.idempotent,
    maxInFlightRequests: options.idempotent ? 1 : 5,
    allowAutoTopicCreation: true,
    createPartitioner: JaegerPartitioner,
  });
  const written = new Counter({
    name: 'jaeger_kafka_spans_written_total',
    help: 'Spans written to Kafka, by status',
    labelNames: ['status'],
    registers: deps.registry ? [deps.registry] : [],
  });
  const compression: CompressionTypes = compressionType(options.compression);
  const encodeOptions: EncodeOptions = options;
  let queue: Message[] = [];
  let queueBytes = 0;
  let waiters: { waiter: Waiter; spans: number }[] = [];
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

  async function flush(): Promise<void> {
    if (sending || queue.length === 0) return;
    sending = true;
    const messages = queue;
    const batchWaiters = waiters;
    queue = [];
    queueBytes = 0;
    waiters = [];
    const spanCount = batchWaiters.reduce((n, w) => n + w.spans, 0);
    try {
      await producer.send({ topic: options.topic, messages, acks: ACKS[options.requiredAcks], compression });
      written.inc({ status: 'success' }, spanCount);
      for (const { waiter } of batchWaiters) waiter.resolve();
    } catch (error) {
      written.inc({ status: 'failure' }, spanCount);
      logger.warn({ err: error, messages: messages.length }, 'Kafka produce failed');
      const failure = produceError(error);
      for (const { waiter } of batchWaiters) waiter.reject(failure);
    } finally {
      sending = false;
      schedule();
    }
  }

  function enqueue(messages: Message[], spans: number): Promise<void> {
    if (messages.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      for (const message of messages) {
        queue.push(message);
        queueBytes += (message.value as Buffer).length;
      }
      waiters.push({ waiter: { resolve, reject }, spans });
      schedule();
    });
  }

  function prepare(spans: readonly Span[], otlpRequest?: Uint8Array): PreparedBatch {
    if (otlpRequest !== undefined && options.encoding === 'otlp_proto') {
      const first = spans[0]?.traceId;
      const key = first === undefined ? undefined : recordKey(first);
      if (key !== undefined && otlpRequest.length + key.length <= options.maxMessageBytes) {
        const value = Buffer.from(otlpRequest.buffer, otlpRequest.byteOffset, otlpRequest.length);
        return { messages: [{ key, value }], spans: spans.length, rejected: [] };
      }
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
    writePrepared,
    start: () => producer.connect(),
    async close() {
      if (linger) clearTimeout(linger);
      linger = undefined;
      while (sending || queue.length > 0) {
        await flush();
        if (sending) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await producer.disconnect();
    },
  };
}

/** Broker refusals that retrying cannot fix are `invalid`; everything else is transient. */
function produceError(error: unknown): StorageError {
  const type = (error as { type?: string }).type;
  const fatal = type === 'MESSAGE_TOO_LARGE' || type === 'INVALID_RECORD' || type === 'RECORD_LIST_TOO_LARGE';
  return new StorageError(fatal ? 'invalid' : 'unavailable', `Kafka produce failed: ${String(error)}`, {
    cause: error,
  });
}
