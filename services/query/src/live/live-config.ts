import type { ConfigValues } from '@spanstream/config';
import { defineSchema, mergeSchemas, opt } from '@spanstream/config';
import type { KafkaClientOptions, SpanEncoding } from '@spanstream/kafka';
// The flags only: the Kafka clients are loaded with the live tail, when it is enabled.
import { kafkaClientConfig, kafkaClientOptionsAt, SPAN_ENCODINGS } from '@spanstream/kafka/client-config';

/**
 * `--query.live.*`: the live tail (`GET /api/stream/spans`). Off by default: the query service
 * opens no Kafka connection unless asked to. The connection flags are packages/kafka's client
 * flags (brokers, client id, SASL, TLS) under `query.live`.
 */
export const queryLiveConfig = mergeSchemas(
  defineSchema({
    'query.live.enabled': opt.bool({
      help: 'serve GET /api/stream/spans: spans read from the Kafka topic as Server-Sent Events',
      default: false,
    }),
    'query.live.topic': opt.string({ help: 'topic the live tail reads spans from', default: 'jaeger-spans' }),
    'query.live.encoding': opt.enum(SPAN_ENCODINGS, {
      help: 'expected record encoding; every record is auto-detected as the ingester does',
      default: 'otlp_proto',
    }),
    'query.live.buffer-size': opt.int({
      help: 'events queued per client whose connection is full; more are dropped and counted',
      default: 256,
      min: 1,
    }),
    'query.live.max-clients': opt.int({
      help: 'live tail streams open at once; more are refused with 503',
      default: 50,
      min: 1,
    }),
    'query.live.heartbeat-interval': opt.duration({
      help: 'an SSE comment is sent this often so proxies keep idle streams open',
      default: '15s',
    }),
  }),
  kafkaClientConfig('query.live', 'spanstream-query-live'),
);

export type QueryLiveConfigValues = ConfigValues<typeof queryLiveConfig>;

export interface LiveTailOptions {
  readonly kafka: KafkaClientOptions;
  readonly topic: string;
  readonly encoding: SpanEncoding;
  readonly bufferSize: number;
  readonly maxClients: number;
  readonly heartbeatMs: number;
}

/** Undefined when the live tail is disabled. */
export function liveTailOptionsFromConfig(values: QueryLiveConfigValues): LiveTailOptions | undefined {
  if (!values['query.live.enabled']) return undefined;
  return {
    kafka: kafkaClientOptionsAt(values, 'query.live'),
    topic: values['query.live.topic'],
    encoding: values['query.live.encoding'],
    bufferSize: values['query.live.buffer-size'],
    maxClients: values['query.live.max-clients'],
    // config durations are milliseconds
    heartbeatMs: values['query.live.heartbeat-interval'],
  };
}
