import type { IncomingMessage, KafkaClientOptions, KafkaLogger, SpanEncoding } from '@spanstream/kafka';
import type { SpanDecodeError } from './span-decode-error.ts';

/** Options of `spanStream` / `runSpanStream`. Only `brokers`, `topic` and `groupId` are required. */
export interface SpanStreamOptions {
  /** Bootstrap brokers: an array or a comma list (`host:9092,host2:9092`). */
  readonly brokers: string | readonly string[];
  /** The span topic (Jaeger's and Spanstream's default: `jaeger-spans`). */
  readonly topic: string;
  /** Consumer group: members of one group share the partitions; offsets are committed per group. */
  readonly groupId: string;
  /** Where a group without committed offsets starts: the earliest record (true) or new records only (false, the default). */
  readonly fromBeginning?: boolean;
  /**
   * The encoding you expect. Every record's encoding is detected from its bytes (a topic may mix
   * `protobuf`, `json`, `otlp_proto`, `otlp_json` and schema-registry framing), so this is informative.
   */
  readonly encoding?: SpanEncoding;
  /**
   * A Confluent-compatible schema registry (`http://host:8081`, Apicurio: `.../apis/ccompat/v7`).
   * Framed records are then decoded as the type their schema id names, and records framed with any
   * other schema are errors; without it, framed payloads are told apart by their bytes.
   */
  readonly schemaRegistryUrl?: string;
  /**
   * Called, and awaited, for each record that cannot be decoded (`error.code` `decode`) or some of
   * whose spans were rejected (`rejected-spans`; its valid spans are still yielded), before the
   * batch holding it is yielded. Its offset is committed with that batch.
   */
  readonly onError?: (record: IncomingMessage, error: SpanDecodeError) => void | Promise<void>;
  /**
   * Publish such records to this topic, as the ingester does (key, value and headers kept, plus
   * `dlq-error-code`, `dlq-error`, `dlq-source-*` headers). The publish is retried until it succeeds.
   */
  readonly dlqTopic?: string;
  /** Ends the stream: iteration finishes after the current batch's loop body, the group is left. */
  readonly signal?: AbortSignal;
  /**
   * Bound of the records fetched and not yet handed to you (their bytes). Partitions are paused when
   * it is reached and resumed once half of it was consumed. Default 8 MiB.
   */
  readonly maxBufferedBytes?: number;
  /** Record bytes one fetch takes from a partition (default 1 MiB, at most `maxBufferedBytes`). */
  readonly fetchMaxBytesPerPartition?: number;
  /** Group session timeout in ms (kafkajs default 30 s): how long a dead member keeps its partitions. */
  readonly sessionTimeoutMs?: number;
  /** Kafka client id (default `spanstream-stream`), TLS and SASL settings as `@spanstream/kafka` takes them. */
  readonly client?: Partial<Omit<KafkaClientOptions, 'brokers'>>;
  /** kafkajs's messages and this library's warnings (default: warnings and errors as JSON lines on stderr). */
  readonly logger?: KafkaLogger;
}

export const DEFAULT_MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
export const DEFAULT_FETCH_MAX_BYTES_PER_PARTITION = 1024 * 1024;

function stderrLine(level: string, obj: object, msg?: string): void {
  const fields = obj as Record<string, unknown>;
  const err = fields['err'] instanceof Error ? { err: fields['err'].message } : {};
  process.stderr.write(`${JSON.stringify({ level, msg, ...fields, ...err })}\n`);
}

/** Warnings and errors on stderr, one JSON object a line. */
export const stderrLogger: KafkaLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (obj, msg) => {
    stderrLine('warn', obj, msg);
  },
  error: (obj, msg) => {
    stderrLine('error', obj, msg);
  },
};
