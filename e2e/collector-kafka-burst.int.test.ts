/**
 * Regression (issue 12, bug 0): a collector writing to a 1-partition topic (what Kafka auto-creates
 * with its default num.partitions=1, as in the README's streaming quickstart) answered 200 to every
 * OTLP request of a burst while 43,300 of 50,000 spans never reached the topic: the Kafka writer
 * merged the burst into one produce request larger than the broker's message.max.bytes and dropped
 * it on MESSAGE_TOO_LARGE. What counts here is the records in the topic, not the collector's metrics.
 */
import { encodeOtlpTraces } from '@spanstream/codec';
import { micros, parseTraceId, stringTag, type Span } from '@spanstream/model';
import { censusOfTopic } from '@spanstream/kafka';
import { testKafka, testSpan } from '@spanstream/kafka/test-helpers';
import { kafkaBrokers } from '@spanstream/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kafkaAdmin, type KafkaAdmin } from './src/kafka.ts';
import { collectorReceiverFlags, startService, stopService, type ServiceProcess } from './src/processes.ts';

const REQUESTS = 500;
const SPANS_PER_REQUEST = 100;
const IN_FLIGHT = 16;

function request(r: number): Uint8Array {
  const now = Date.now() * 1000;
  const spans: Span[] = Array.from({ length: SPANS_PER_REQUEST }, (_, i) => {
    const n = r * SPANS_PER_REQUEST + i;
    return testSpan(n, r, {
      traceId: parseTraceId(`b${r.toString(16).padStart(31, '0')}`)!,
      operationName: `GET /burst/${i}`,
      startTime: micros(now + i),
      tags: Array.from({ length: 10 }, (_, t) => stringTag(`attr.${t}`, `value-${t}-${n}`)),
      process: { serviceName: 'burst', tags: [] },
    });
  });
  return encodeOtlpTraces(spans);
}

describe('collector → Kafka under bursts to a 1-partition, auto-created topic (default flags)', () => {
  let kafka: KafkaAdmin;
  let collector: ServiceProcess | undefined;

  beforeAll(async () => {
    kafka = await kafkaAdmin();
  });
  afterAll(async () => {
    await stopService(collector);
    await kafka.close();
  });

  it('every acknowledged span reaches the topic', async () => {
    const topic = kafka.reserveTopic();
    const receivers = await collectorReceiverFlags();
    collector = await startService('collector', [...receivers.args, ...topic.producerArgs], {
      SPAN_STORAGE_TYPE: 'kafka',
    });
    const url = `http://127.0.0.1:${receivers.otlpHttpPort}/v1/traces`;
    let next = 0;
    const statuses = new Map<number, number>();
    const worker = async () => {
      for (let r = next++; r < REQUESTS; r = next++) {
        const body = request(r);
        // As an OTLP exporter does: a 429 (queue full, nothing accepted) is retried after a pause.
        for (;;) {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-protobuf' },
            body: Buffer.from(body),
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status !== 429) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(statuses.get(200)).toBe(REQUESTS);
    expect([...statuses.keys()].filter((status) => status !== 200 && status !== 429)).toEqual([]);
    // The default encoding (otlp_proto, as Jaeger v2) writes one record per trace: each request is one trace.
    await expect
      .poll(() => kafka.endOffsetSum(topic.topic), { timeout: 60_000, interval: 500 })
      .toBeGreaterThanOrEqual(REQUESTS);
    expect(await stopService(collector), collector.output()).toBe(0);
    collector = undefined;
    // What counts is the spans the records hold, decoded, not a producer-side counter.
    const census = await censusOfTopic(testKafka(await kafkaBrokers(), 'burst-census'), topic.topic);
    expect(census).toEqual({ records: REQUESTS, spans: REQUESTS * SPANS_PER_REQUEST, undecodable: 0 });
  });
});
