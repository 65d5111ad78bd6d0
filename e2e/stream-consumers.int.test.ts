/**
 * The span topic as a product surface (issue 16): what real collectors write, in every encoding,
 * is read back by @spanstream/stream, and — for a collector with --kafka.producer.schema-registry-url —
 * by a consumer using only kafkajs and @kafkajs/confluent-schema-registry (`registry.decode`).
 */
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { spanStream, type SpanBatch } from '@spanstream/stream';
import { schemaRegistryUrl, uniqueName } from '@spanstream/testkit';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kafkaAdmin, type KafkaAdmin, type TopicUnderTest } from './src/kafka.ts';
import { collectorReceiverFlags, startService, stopService } from './src/processes.ts';
import { sendTrace, type SentTrace } from './src/traces.ts';

let admin: KafkaAdmin | undefined;
let registryUrl = '';

beforeAll(async () => {
  admin = await kafkaAdmin();
  registryUrl = await schemaRegistryUrl();
});

afterAll(async () => {
  await admin?.close();
});

/** Starts a Kafka-writing collector with `flags`, sends one 4-span trace of `service` through OTLP/HTTP, stops it. */
async function collectorWrites(topic: TopicUnderTest, service: string, flags: string[]): Promise<SentTrace> {
  const receivers = await collectorReceiverFlags();
  const collector = await startService('collector', [...receivers.args, ...topic.producerArgs, ...flags], {
    SPAN_STORAGE_TYPE: 'kafka',
  });
  try {
    return await sendTrace(receivers.otlpHttpPort, service);
  } finally {
    expect(await stopService(collector), collector.output()).toBe(0);
  }
}

async function readWithStream(topic: TopicUnderTest, spans: number): Promise<SpanBatch[]> {
  const batches: SpanBatch[] = [];
  let seen = 0;
  const stream = spanStream({
    brokers: topic.brokers,
    topic: topic.topic,
    groupId: uniqueName('e2e-stream'),
    fromBeginning: true,
    schemaRegistryUrl: registryUrl,
    onError: (record, error) => {
      throw new Error(`record ${record.offset} not decoded: ${error.message}`);
    },
    signal: AbortSignal.timeout(60_000),
  });
  for await (const batch of stream) {
    batches.push(batch);
    seen += batch.spans.length;
    if (seen >= spans) break;
  }
  return batches;
}

const expectedSpans = (sent: readonly SentTrace[]) =>
  sent.flatMap((t) => t.spans.map((s) => `${t.service}/${s.spanID}`)).sort();

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

interface PlainJaegerSpan {
  spanId: Uint8Array;
  process: { serviceName: string };
}
interface PlainOtlpRequest {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: { spanId: Uint8Array }[] }[];
  }[];
}

/** `service/spanId` of each span in what registry.decode returned, whichever of our two schemas framed it. */
function plainSpans(decoded: unknown): string[] {
  if ('resourceSpans' in (decoded as object)) {
    return (decoded as PlainOtlpRequest).resourceSpans.flatMap((rs) => {
      const service = rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue;
      return rs.scopeSpans.flatMap((ss) => ss.spans.map((s) => `${service}/${hex(s.spanId)}`));
    });
  }
  const span = decoded as PlainJaegerSpan;
  return [`${span.process.serviceName}/${hex(span.spanId)}`];
}

describe('consumers of the span topic', () => {
  it('spanStream yields what collectors wrote in protobuf, json, otlp_proto and otlp_json', async () => {
    const topic = await admin!.createTopic(3);
    const sent: SentTrace[] = [];
    for (const encoding of ['protobuf', 'json', 'otlp_proto', 'otlp_json']) {
      sent.push(
        await collectorWrites(topic, `stream-${encoding}`, [`--kafka.producer.encoding=${encoding}`]),
      );
    }
    const batches = await readWithStream(topic, 16);
    const got = batches.flatMap((b) => b.spans.map((s) => `${s.process.serviceName}/${s.spanId}`));
    expect(got.sort()).toEqual(expectedSpans(sent));
  });

  it('a plain kafkajs + @kafkajs/confluent-schema-registry consumer decodes every record of collectors with a schema registry', async () => {
    const topic = await admin!.createTopic(2);
    const sent: SentTrace[] = [];
    for (const encoding of ['protobuf', 'otlp_proto']) {
      sent.push(
        await collectorWrites(topic, `registry-${encoding}`, [
          `--kafka.producer.encoding=${encoding}`,
          `--kafka.producer.schema-registry-url=${registryUrl}`,
        ]),
      );
    }
    const records = await admin!.endOffsetSum(topic.topic);
    // Only kafkajs and the official registry client from here on.
    const registry = new SchemaRegistry({ host: registryUrl });
    const consumer = new Kafka({ brokers: topic.brokers.split(','), logLevel: logLevel.NOTHING }).consumer({
      groupId: uniqueName('e2e-plain'),
    });
    await consumer.connect();
    const decoded: string[] = [];
    const failures: string[] = [];
    let read = 0;
    try {
      await consumer.subscribe({ topic: topic.topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          read++;
          try {
            decoded.push(...plainSpans(await registry.decode(message.value!)));
          } catch (error) {
            failures.push((error as Error).message);
          }
        },
      });
      await expect.poll(() => read, { timeout: 60_000 }).toBe(records);
    } finally {
      await consumer.disconnect();
    }
    expect(failures).toEqual([]);
    expect(decoded.sort()).toEqual(expectedSpans(sent));
    // And our own library reads the same framed records.
    const batches = await readWithStream(topic, 8);
    expect(batches.flatMap((b) => b.spans.map((s) => `${s.process.serviceName}/${s.spanId}`)).sort()).toEqual(
      expectedSpans(sent),
    );
  });
});
