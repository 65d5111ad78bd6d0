/**
 * The side-by-side bench in quick mode, collector rows only, against the stack's Kafka and the real
 * Jaeger v2 binary (built once into the cache; the suite skips, saying why, only if it cannot be built).
 */
import { ensureJaegerBinary } from '@spanstream/interop/jaeger';
import { kafkaBrokers, uniqueName } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';
import { kafkaFor, produceSpans } from '../ingester-processes.ts';
import { QUICK, PARTS } from './options.ts';
import { formatReport, runVsJaeger } from './run.ts';
import { benchKafka, createTopics, deleteTopics, verifiedCensus } from './verify.ts';

const jaeger = await ensureJaegerBinary(() => undefined).then(
  (binary) => ({ binary, reason: '' }),
  (error: unknown) => ({ binary: '', reason: error instanceof Error ? error.message : String(error) }),
);
if (jaeger.reason !== '')
  console.warn(`vs-jaeger integration test skipped: no Jaeger binary: ${jaeger.reason}`);

describe.skipIf(jaeger.reason !== '')('npm run bench -- --vs-jaeger=collector --quick', () => {
  it('accepts a topic holding exactly the acknowledged spans and refuses one that does not', async () => {
    const brokers = await kafkaBrokers();
    const kafka = benchKafka(brokers);
    const topic = uniqueName('vsj-census');
    await createTopics(kafka, [topic], 2);
    try {
      await produceSpans(kafkaFor(brokers), topic, 0, 250);
      await expect(verifiedCensus(brokers, topic, 250, 'test')).resolves.toMatchObject({
        spans: 250,
        records: 250,
      });
      await expect(verifiedCensus(brokers, topic, 251, 'test')).rejects.toThrow(
        /251 spans acknowledged, 250 in /,
      );
    } finally {
      await deleteTopics(kafka, [topic]);
    }
  });

  it('measures both collectors on both encodings and verifies every run against its topic', async () => {
    const report = await runVsJaeger(
      { parts: ['collector'], quick: true, scale: QUICK, out: '' },
      () => undefined,
    );
    expect(report.failures).toEqual([]);
    expect(PARTS).toContain('collector');
    for (const encoding of ['protobuf', 'otlp_proto'] as const) {
      const samples = report.figures[`collector.${encoding}.perCpu`]!;
      expect(samples.ours).toHaveLength(QUICK.collectorRuns);
      expect(samples.jaeger).toHaveLength(QUICK.collectorRuns);
      for (const value of [...samples.ours, ...samples.jaeger]) expect(value).toBeGreaterThan(0);
      // Warm-up + measured requests, 100 spans each, counted in the topic (records: one per span for
      // protobuf, fewer for otlp_proto's batches).
      const spans = (QUICK.warmupRequests + QUICK.collectorRequests) * 100;
      const verified = report.notes.filter(
        (note) =>
          note.startsWith(`collector ${encoding} saturating`) &&
          note.includes(`topic verified: ${spans} spans in`),
      );
      expect(verified).toHaveLength(2 * QUICK.collectorRuns);
    }
    expect(report.rows.map((row) => row.verdict)).toEqual([
      expect.stringMatching(/^(pass|fail)$/),
      expect.stringMatching(/^(pass|fail)$/),
    ]);
    expect(formatReport(report)).toContain('Jaeger v2');
  }, 600_000);
});
