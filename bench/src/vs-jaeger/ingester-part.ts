/**
 * Ingester Kafka → Elasticsearch: one topic pre-filled with the bench workload (per-span Jaeger protobuf,
 * 6 partitions), drained by each side in turn with its own consumer group and index prefix. Spans per
 * CPU-second are net of start-up (the CPU a process of the same configuration spends to join its group
 * on an empty topic), and the drain ends when the index's `_count` holds every span.
 */
import { createNamespace } from '@spanstream/interop/jaeger';
import { uniqueName } from '@spanstream/testkit';
import { kafkaFor, PARTITIONS, produceSpans } from '../ingester-processes.ts';
import { loadText, sidesInOrder, type Context } from './context.ts';
import { cpuSecondsOf, loadAverage, peakRssMiBOf } from './proc.ts';
import type { Side } from './sides.ts';
import { record } from './table.ts';
import { createTopics, deleteTopics, endOffsetSum, indexReaches } from './verify.ts';

const ENCODING = 'protobuf';
const DRAIN_TIMEOUT_MS = 15 * 60_000;
/** After joining: long enough for a start-up's last work (connections, templates) to finish. */
const SETTLE_MS = 2_000;

async function ingesterRun(
  ctx: Context,
  side: Side,
  topic: string,
  waitEmpty: boolean,
): Promise<{ cpuSeconds: number; peakRssMiB: number; stored: number; load: [number, number] }> {
  const ns = await createNamespace('elasticsearch', `vsj-ing-${side.name}`);
  const groupId = uniqueName('vsj-ingester');
  const dlqTopic = `${groupId}-dlq`;
  const load0 = loadAverage();
  try {
    const server = await side.ingester({
      brokers: ctx.brokers,
      topic,
      encoding: ENCODING,
      groupId,
      dlqTopic,
      ns,
    });
    try {
      let stored = 0;
      if (waitEmpty) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      else {
        stored = await indexReaches(ns, ctx.scale.ingesterSpans, DRAIN_TIMEOUT_MS);
        if (stored < ctx.scale.ingesterSpans) {
          throw new Error(`${side.name} ingester stored ${stored}/${ctx.scale.ingesterSpans} spans`);
        }
      }
      return {
        cpuSeconds: cpuSecondsOf(server.pid),
        peakRssMiB: peakRssMiBOf(server.pid),
        stored,
        load: [load0, loadAverage()],
      };
    } finally {
      await server.stop();
    }
  } finally {
    await ns.cleanup().catch(() => undefined);
    await deleteTopics(ctx.kafka, [dlqTopic]);
  }
}

export async function ingesterPart(ctx: Context): Promise<void> {
  const spans = ctx.scale.ingesterSpans;
  const [full, empty] = [uniqueName('vsj-ingest'), uniqueName('vsj-ingest-empty')];
  await createTopics(ctx.kafka, [full, empty], PARTITIONS);
  try {
    ctx.log(`ingester: filling ${full} with ${spans} spans (per-span protobuf, ${PARTITIONS} partitions)`);
    await produceSpans(kafkaFor([...ctx.brokers]), full, 0, spans);
    const records = await endOffsetSum(ctx.kafka, full);
    if (records !== spans) throw new Error(`${full} holds ${records} records, not ${spans}`);
    const startup = new Map<Side, number>();
    for (const side of [ctx.ours, ctx.jaeger]) {
      const idle = await ingesterRun(ctx, side, empty, true);
      startup.set(side, idle.cpuSeconds);
      ctx.notes.push(
        `ingester start-up, ${side.name}: ${idle.cpuSeconds.toFixed(2)} CPU-s to join on an empty topic`,
      );
      ctx.log(ctx.notes.at(-1)!);
    }
    for (let run = 0; run < ctx.scale.ingesterRuns; run++) {
      for (const side of sidesInOrder(ctx, run)) {
        const drain = await ingesterRun(ctx, side, full, false);
        const net = drain.cpuSeconds - startup.get(side)!;
        record(ctx.figures, 'ingester.perCpu', side.name, spans / net);
        record(ctx.figures, 'ingester.rss', side.name, drain.peakRssMiB);
        ctx.notes.push(
          `ingester drain, ${side.name}, run ${run + 1}: ${Math.round(spans / net)} spans/CPU-s ` +
            `(${drain.cpuSeconds.toFixed(2)} CPU-s − ${startup.get(side)!.toFixed(2)} start-up), ` +
            `VmHWM ${drain.peakRssMiB.toFixed(0)} MiB; index verified: _count ${drain.stored}/${spans}; ` +
            loadText(drain.load),
        );
        ctx.log(ctx.notes.at(-1)!);
      }
    }
  } finally {
    await deleteTopics(ctx.kafka, [full, empty]);
  }
}
