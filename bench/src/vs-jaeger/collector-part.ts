/**
 * Collector → Kafka: saturating runs (spans per CPU-second) and steady 10,000 spans/s runs (% of one
 * core, RSS), each in a fresh server process writing to a fresh topic, both sides alternating. A run
 * counts only when the topic holds exactly the spans the server acknowledged.
 */
import { uniqueName } from '@spanstream/testkit';
import { loadText, sidesInOrder, type Context } from './context.ts';
import { requestBodies, saturate, SPANS_PER_REQUEST, steadyRate, type Tally } from './load.ts';
import type { BenchEncoding } from './options.ts';
import { ProcessWindow, type WindowFigures } from './proc.ts';
import type { Server, Side } from './sides.ts';
import { record } from './table.ts';
import { createTopics, deleteTopics, topicSettled, verifiedCensus } from './verify.ts';

const PARTITIONS = 6;
const DISTINCT_REQUESTS = 64;
const STEADY_SPANS_PER_SECOND = 10_000;
const STEADY_WARMUP_SECONDS = 2;

/** Measures one run; `settled()` resolves once the topic holds everything acknowledged so far. */
type Measure = (server: Server, tally: Tally, settled: () => Promise<unknown>) => Promise<WindowFigures>;

/** One run: topic, server, `measure`, then the topic census against what was acknowledged. */
async function collectorRun(
  ctx: Context,
  side: Side,
  encoding: BenchEncoding,
  measure: Measure,
): Promise<{ figures: WindowFigures; spans: number; records: number; resent: string }> {
  const topic = uniqueName(`vsj-collector-${side.name}-${encoding}`);
  await createTopics(ctx.kafka, [topic], PARTITIONS);
  try {
    const server = await side.collector({ brokers: ctx.brokers, topic, encoding });
    const tally: Tally = { acknowledged: 0, refused: 0 };
    let figures: WindowFigures;
    try {
      // Per-span encodings write one record per span: the topic must reach the acknowledged count.
      const settled = () => topicSettled(ctx.kafka, topic, encoding === 'protobuf' ? tally.acknowledged : 0);
      figures = await measure(server, tally, settled);
    } finally {
      await server.stop();
    }
    const census = await verifiedCensus(ctx.brokers, topic, tally.acknowledged, `${side.name} collector`);
    const resent = `${tally.refused} refusals and ${tally.connectionErrors ?? 0} connection errors resent`;
    return { figures, spans: census.spans, records: census.records, resent };
  } finally {
    await deleteTopics(ctx.kafka, [topic]);
  }
}

export async function saturatingPart(ctx: Context, encoding: BenchEncoding): Promise<void> {
  const { collectorRuns, collectorRequests, warmupRequests } = ctx.scale;
  const bodies = requestBodies(DISTINCT_REQUESTS, 0x100000);
  for (let run = 0; run < collectorRuns; run++) {
    for (const side of sidesInOrder(ctx, run)) {
      const result = await collectorRun(ctx, side, encoding, async (server, tally, settled) => {
        // Warm-up (JIT, connections, topic metadata), written out before the window opens.
        await saturate(server.url, bodies, warmupRequests, tally);
        await settled();
        const window = new ProcessWindow(server.pid);
        await saturate(server.url, bodies, collectorRequests, tally);
        await settled();
        return window.finish();
      });
      const spans = collectorRequests * SPANS_PER_REQUEST;
      const perCpu = spans / result.figures.cpuSeconds;
      record(ctx.figures, `collector.${encoding}.perCpu`, side.name, perCpu);
      ctx.notes.push(
        `collector ${encoding} saturating, ${side.name}, run ${run + 1}: ${Math.round(perCpu)} spans/CPU-s ` +
          `(${spans} spans in ${result.figures.cpuSeconds.toFixed(2)} CPU-s, ${result.figures.wallSeconds.toFixed(1)} s); ` +
          `topic verified: ${result.spans} spans in ${result.records} records; ${result.resent}; ` +
          loadText(result.figures.load),
      );
      ctx.log(ctx.notes.at(-1)!);
    }
  }
}

export async function steadyPart(ctx: Context, encoding: BenchEncoding): Promise<void> {
  const { steadyRuns, steadySeconds } = ctx.scale;
  const bodies = requestBodies(DISTINCT_REQUESTS, 0x100000);
  for (let run = 0; run < steadyRuns; run++) {
    for (const side of sidesInOrder(ctx, run)) {
      const result = await collectorRun(ctx, side, encoding, async (server, tally, settled) => {
        await steadyRate(server.url, bodies, STEADY_SPANS_PER_SECOND, STEADY_WARMUP_SECONDS, tally);
        const window = new ProcessWindow(server.pid);
        await steadyRate(server.url, bodies, STEADY_SPANS_PER_SECOND, steadySeconds, tally);
        const figures = window.finish();
        await settled();
        return figures;
      });
      const { cpuSeconds, wallSeconds, peakRssMiB } = result.figures;
      const percent = (cpuSeconds / wallSeconds) * 100;
      record(ctx.figures, `steady.${encoding}.cpuPercent`, side.name, percent);
      record(ctx.figures, `steady.${encoding}.rss`, side.name, peakRssMiB);
      ctx.notes.push(
        `steady 10k spans/s ${encoding}, ${side.name}, run ${run + 1}: ${percent.toFixed(1)} % of one core ` +
          `over ${wallSeconds.toFixed(1)} s, VmHWM ${peakRssMiB.toFixed(0)} MiB ` +
          `(sampled VmRSS peak ${result.figures.sampledRssPeakMiB.toFixed(0)}); topic verified: ${result.spans} spans ` +
          `in ${result.records} records; ${result.resent}; ${loadText(result.figures.load)}`,
      );
      ctx.log(ctx.notes.at(-1)!);
    }
  }
}
