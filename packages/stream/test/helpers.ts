import { stringTag, boolTag, type Span } from '@spanstream/model';
import { registerSpanSchema, silentLogger, type SpanEncoding } from '@spanstream/kafka';
import { testKafka, testSpan, testSpanWriter, type Kafka } from '@spanstream/kafka/test-helpers';
import { kafkaBrokers, schemaRegistryUrl } from '@spanstream/testkit';
import { spanStream, type SpanBatch, type SpanStreamOptions } from '../src/index.ts';

export async function brokers(): Promise<string[]> {
  return kafkaBrokers();
}

export async function kafka(): Promise<Kafka> {
  return testKafka(await kafkaBrokers(), 'spanstream-stream-test');
}

/** Span `n` of trace `trace` for service `service`, an error span when `error`. */
export function spanOf(n: number, trace: number, service: string, error = false): Span {
  const base = testSpan(n, trace);
  return {
    ...base,
    tags: error ? [...base.tags, boolTag('error', true)] : base.tags,
    process: { serviceName: service, tags: [stringTag('hostname', 'host-1')] },
  };
}

/** Writes `spans` with the span writer (our producer code) in `encoding`, framed when `framed`. */
export async function writeSpans(
  client: Kafka,
  topic: string,
  spans: readonly Span[],
  encoding: SpanEncoding,
  framed = false,
): Promise<void> {
  const schemaId =
    framed && (encoding === 'protobuf' || encoding === 'otlp_proto')
      ? await registerSpanSchema(await schemaRegistryUrl(), `${topic}.${encoding}`, encoding)
      : undefined;
  const writer = testSpanWriter(client, topic, { encoding, ...(schemaId === undefined ? {} : { schemaId }) });
  await writer.start();
  try {
    await writer.writeSpans(spans);
  } finally {
    await writer.close();
  }
}

/**
 * Iterates a span stream until `enough(all spans so far)`, then commits the last batch and breaks.
 * Stops (and fails) after `timeoutMs`.
 */
export async function consumeUntil(
  options: Omit<SpanStreamOptions, 'brokers' | 'signal'>,
  enough: (spans: readonly Span[]) => boolean,
  timeoutMs = 60_000,
): Promise<SpanBatch[]> {
  const batches: SpanBatch[] = [];
  const spans: Span[] = [];
  const signal = AbortSignal.timeout(timeoutMs);
  for await (const batch of spanStream({
    logger: silentLogger,
    ...options,
    brokers: await brokers(),
    signal,
  })) {
    batches.push(batch);
    spans.push(...batch.spans);
    if (enough(spans)) {
      await batch.commit();
      break;
    }
  }
  if (!enough(spans)) throw new Error(`stream ended after ${spans.length} spans (timeout ${timeoutMs} ms)`);
  return batches;
}
