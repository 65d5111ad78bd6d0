/**
 * Accept → queryable through the streaming strategy (collector → Kafka → ingester → Elasticsearch →
 * query), one side at a time at a steady 10,000 spans/s: every PROBE_EVERY-th request's first trace is
 * looked up by ID from the moment its request was acknowledged until the query returns all its spans.
 * The run counts only when the index then holds every acknowledged span.
 */
import { createNamespace, type Namespace } from '@spanstream/interop/jaeger';
import { uniqueName } from '@spanstream/testkit';
import { SPANS_PER_TRACE } from '../workload.ts';
import { loadText, sidesInOrder, type Context } from './context.ts';
import { firstTraceIdOf, requestBodies, steadyRate, type Tally } from './load.ts';
import { loadAverage } from './proc.ts';
import type { Server, Side } from './sides.ts';
import { percentile } from './stats.ts';
import { record } from './table.ts';
import { createTopics, deleteTopics, indexReaches } from './verify.ts';

const RATE = 10_000;
const PROBE_EVERY = 20;
const POLL_MS = 100;
const ID_BASE = 0x200000;
const ENCODING = 'otlp_proto';
const INDEX_TIMEOUT_MS = 5 * 60_000;

interface Probe {
  readonly traceHex: string;
  readonly ackedAt: number;
  busy: boolean;
}

/** Polls the query for every pending probe; resolves each with its accept → queryable time. */
class ProbePoller {
  readonly latencies: number[] = [];
  readonly #pending = new Set<Probe>();
  readonly #timer: NodeJS.Timeout;
  readonly #query: Server;

  constructor(query: Server) {
    this.#query = query;
    this.#timer = setInterval(() => {
      for (const probe of this.#pending) if (!probe.busy) void this.#look(probe);
    }, POLL_MS);
  }

  add(traceHex: string, ackedAt: number): void {
    this.#pending.add({ traceHex, ackedAt, busy: false });
  }

  get pending(): number {
    return this.#pending.size;
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  async #look(probe: Probe): Promise<void> {
    probe.busy = true;
    try {
      const response = await fetch(`${this.#query.url}/api/traces/${probe.traceHex}`);
      const text = await response.text();
      if (response.status !== 200) return;
      const spans = (JSON.parse(text) as { data?: { spans?: unknown[] }[] }).data?.[0]?.spans?.length ?? 0;
      if (spans < SPANS_PER_TRACE) return;
      this.latencies.push(performance.now() - probe.ackedAt);
      this.#pending.delete(probe);
    } catch {
      // not there yet, or a transient error: polled again
    } finally {
      probe.busy = false;
    }
  }
}

async function streamingRun(ctx: Context, side: Side, bodies: readonly Uint8Array[]): Promise<void> {
  const topic = uniqueName(`vsj-stream-${side.name}`);
  const groupId = uniqueName('vsj-stream');
  const dlqTopic = `${groupId}-dlq`;
  let ns: Namespace | undefined;
  const servers: Server[] = [];
  await createTopics(ctx.kafka, [topic], 6);
  try {
    ns = await createNamespace('elasticsearch', `vsj-stream-${side.name}`);
    const plan = { brokers: ctx.brokers, topic, encoding: ENCODING } as const;
    servers.push(await side.ingester({ ...plan, groupId, dlqTopic, ns }));
    const query = await side.query(ns);
    servers.push(query);
    const collector = await side.collector(plan);
    servers.push(collector);
    const tally: Tally = { acknowledged: 0, refused: 0 };
    const poller = new ProbePoller(query);
    let stored = 0;
    const load0 = loadAverage();
    try {
      await steadyRate(collector.url, bodies, RATE, ctx.scale.latencySeconds, tally, (r, at) => {
        if (r % PROBE_EVERY === 0) poller.add(firstTraceIdOf(r, ID_BASE), at);
      });
      // First every acknowledged span in the index (the ingester may trail the load on a busy
      // machine), then the last probes.
      stored = await indexReaches(ns, tally.acknowledged, INDEX_TIMEOUT_MS);
      const deadline = Date.now() + 60_000;
      while (poller.pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    } finally {
      poller.stop();
    }
    const load: [number, number] = [load0, loadAverage()];
    if (stored !== tally.acknowledged || poller.pending > 0) {
      throw new Error(
        `${tally.acknowledged} spans acknowledged, ${stored} in the index; ` +
          `${poller.pending} of ${poller.pending + poller.latencies.length} probe traces never became queryable`,
      );
    }
    const [p50, p99] = [percentile(poller.latencies, 50), percentile(poller.latencies, 99)];
    record(ctx.figures, 'latency.p50', side.name, p50);
    record(ctx.figures, 'latency.p99', side.name, p99);
    ctx.notes.push(
      `accept → queryable at 10k spans/s (${ENCODING}), ${side.name}: p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms ` +
        `over ${poller.latencies.length} probe traces; index verified: _count ${stored} = ${tally.acknowledged} ` +
        `acknowledged; ${tally.refused} refusals, ${tally.connectionErrors ?? 0} connection errors resent; ${loadText(load)}`,
    );
    ctx.log(ctx.notes.at(-1)!);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await ns?.cleanup().catch(() => undefined);
    await deleteTopics(ctx.kafka, [topic, dlqTopic]);
  }
}

export async function latencyPart(ctx: Context): Promise<void> {
  const requests = (RATE / 100) * ctx.scale.latencySeconds;
  ctx.log(`latency: encoding ${requests} distinct requests`);
  const bodies = requestBodies(requests, ID_BASE);
  for (const side of sidesInOrder(ctx, 0)) {
    await streamingRun(ctx, side, bodies).catch((error: unknown) => {
      throw new Error(`${side.name} streaming: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    });
  }
}
