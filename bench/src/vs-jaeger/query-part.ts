/**
 * Query: one trace of `queryTraceSpans` spans written once (our Elasticsearch writer; the document format
 * is Jaeger's), read by ID by both query servers in turn on the same index prefix. Each response is
 * checked to hold every span; CPU per request comes from each server's /proc over the whole loop.
 */
import { createNamespace } from '@spanstream/interop/jaeger';
import { parseSpanId, parseTraceId, type Span } from '@spanstream/model';
import { benchSpan } from '../workload.ts';
import { loadText, sidesInOrder, type Context } from './context.ts';
import { ProcessWindow } from './proc.ts';
import type { Server } from './sides.ts';
import { median } from './stats.ts';
import { record } from './table.ts';

const WARMUP_REQUESTS = 2;

/** One trace of `count` spans: a root and `count − 1` children, the bench workload's 11 attributes each. */
function bigTrace(count: number, traceHex: string): Span[] {
  const traceId = parseTraceId(traceHex)!;
  const rootId = parseSpanId('1')!;
  const base = Date.now() * 1000 - count;
  return Array.from({ length: count }, (_, n) => ({
    ...benchSpan(n, base),
    traceId,
    references: n === 0 ? [] : [{ refType: 'CHILD_OF' as const, traceId, spanId: rootId }],
  }));
}

/** GET /api/traces/{id}: milliseconds until the whole body arrived; throws unless it holds `spans` spans. */
async function timedLookup(server: Server, traceHex: string, spans: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/traces/${traceHex}`, {
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${server.url}: ${response.status} ${text.slice(0, 200)}`);
  const got = (JSON.parse(text) as { data?: { spans?: unknown[] }[] }).data?.[0]?.spans?.length ?? 0;
  if (got !== spans) throw new Error(`${server.url}: trace ${traceHex} has ${got}/${spans} spans`);
  return ms;
}

export async function queryPart(ctx: Context): Promise<void> {
  const { queryTraceSpans, queryRequests } = ctx.scale;
  const traceHex = Date.now().toString(16).padStart(32, 'a');
  const ns = await createNamespace('elasticsearch', 'vsj-query');
  const servers: Server[] = [];
  try {
    ctx.log(`query: writing a ${queryTraceSpans}-span trace into ${ns.name}`);
    await ns.write(bigTrace(queryTraceSpans, traceHex));
    const ours = await ctx.ours.query(ns);
    servers.push(ours);
    const jaeger = await ctx.jaeger.query(ns);
    servers.push(jaeger);
    const bySide = { ours, jaeger };
    for (let i = 0; i < WARMUP_REQUESTS; i++) {
      for (const server of servers) await timedLookup(server, traceHex, queryTraceSpans);
    }
    const windows = { ours: new ProcessWindow(ours.pid), jaeger: new ProcessWindow(jaeger.pid) };
    const latencies = { ours: [] as number[], jaeger: [] as number[] };
    for (let i = 0; i < queryRequests; i++) {
      for (const side of sidesInOrder(ctx, i)) {
        latencies[side.name].push(await timedLookup(bySide[side.name], traceHex, queryTraceSpans));
      }
    }
    for (const side of [ctx.ours, ctx.jaeger]) {
      const figures = windows[side.name].finish();
      const p50 = median(latencies[side.name]);
      const cpuMs = (figures.cpuSeconds * 1000) / queryRequests;
      record(ctx.figures, 'query.p50', side.name, p50);
      record(ctx.figures, 'query.cpuMs', side.name, cpuMs);
      record(ctx.figures, 'query.rss', side.name, figures.peakRssMiB);
      ctx.notes.push(
        `query ${queryTraceSpans}-span trace by ID, ${side.name}: p50 ${p50.toFixed(0)} ms over ${queryRequests} ` +
          `requests (alternating), ${cpuMs.toFixed(0)} ms CPU each, VmHWM ${figures.peakRssMiB.toFixed(0)} MiB; ` +
          `every response held ${queryTraceSpans} spans; ${loadText(figures.load)}`,
      );
      ctx.log(ctx.notes.at(-1)!);
    }
  } finally {
    for (const server of servers) await server.stop();
    await ns.cleanup().catch(() => undefined);
  }
}
