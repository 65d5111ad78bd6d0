/**
 * Alerts on the error spans of one service as they reach the span topic (docs/stream.md).
 *
 *   SERVICE=checkout KAFKA_BROKERS=127.0.0.1:9092 npx node packages/stream/examples/error-alert.ts
 *
 * Environment: SERVICE (default checkout), KAFKA_BROKERS (127.0.0.1:9092), KAFKA_TOPIC (jaeger-spans),
 * GROUP_ID (error-alert), FROM_BEGINNING (false), SCHEMA_REGISTRY_URL (unset). Ctrl-C stops it cleanly.
 */
import { findTag, type Span } from '@spanstream/model';
import { spanStream } from '@spanstream/stream';

const env = process.env;
const service = env['SERVICE'] ?? 'checkout';
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stop.abort();
  });
}

/** Jaeger's mark of a failed span: the tag error=true (OTLP status ERROR maps to it). */
const isError = (span: Span): boolean => {
  const tag = findTag(span.tags, 'error');
  return tag?.value === true || tag?.value === 'true';
};

const spans = spanStream({
  brokers: env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
  topic: env['KAFKA_TOPIC'] ?? 'jaeger-spans',
  groupId: env['GROUP_ID'] ?? 'error-alert',
  fromBeginning: env['FROM_BEGINNING'] === 'true',
  ...(env['SCHEMA_REGISTRY_URL'] && { schemaRegistryUrl: env['SCHEMA_REGISTRY_URL'] }),
  signal: stop.signal,
  onError: (record, error) => {
    console.error(`skipped record ${record.partition}@${record.offset}: ${error.code}: ${error.message}`);
  },
});

console.log(`watching ${service} for error spans`);
for await (const batch of spans) {
  for (const span of batch.spans) {
    if (span.process.serviceName !== service || !isError(span)) continue;
    const ms = Number(span.duration) / 1000;
    console.log(`ALERT ${service}: "${span.operationName}" failed after ${ms} ms (trace ${span.traceId})`);
  }
  // Leaving the loop body commits this batch's offsets: a restart resumes after it.
}
console.log('stopped');
