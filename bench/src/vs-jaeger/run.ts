/**
 * `npm run bench -- --vs-jaeger[=parts] [--quick] [--runs N] [--out FILE]`: Spanstream and real Jaeger v2
 * side by side on the stack's Kafka and Elasticsearch; prints issue 20's table with ratios, targets,
 * the machine's load and the versions, and writes every sample and configuration to FILE.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { ensureJaegerBinary, JAEGER_MODULE_VERSION } from '@spanstream/interop/jaeger';
import { ensureCollectorBuilt } from '@spanstream/collector/build';
import { kafkaBrokers } from '@spanstream/testkit';
import { saturatingPart, steadyPart } from './collector-part.ts';
import type { Context } from './context.ts';
import { ingesterPart } from './ingester-part.ts';
import { latencyPart } from './latency-part.ts';
import { ENCODINGS, type Part, type VsJaegerOptions } from './options.ts';
import { loadAverage } from './proc.ts';
import { queryPart } from './query-part.ts';
import { jaegerSide, ourSide } from './sides.ts';
import { formatRows, tableRows, type Figures, type TableRow } from './table.ts';
import { benchKafka } from './verify.ts';

export interface VsJaegerReport {
  readonly date: string;
  readonly options: VsJaegerOptions;
  readonly machine: Record<string, unknown>;
  readonly figures: Figures;
  readonly rows: TableRow[];
  readonly notes: string[];
  readonly failures: { part: Part; error: string }[];
  readonly configs: Record<string, unknown>;
}

const PARTS: Record<Part, (ctx: Context) => Promise<void>> = {
  collector: async (ctx) => {
    for (const encoding of ENCODINGS) await saturatingPart(ctx, encoding);
  },
  steady: async (ctx) => {
    for (const encoding of ENCODINGS) await steadyPart(ctx, encoding);
  },
  ingester: ingesterPart,
  query: queryPart,
  latency: latencyPart,
};

/** Runs the chosen parts one after another; a failed part is reported and the others still run. */
export async function runVsJaeger(
  options: VsJaegerOptions,
  log: (message: string) => void,
): Promise<VsJaegerReport> {
  const binary = await ensureJaegerBinary(log);
  await ensureCollectorBuilt();
  const brokers = await kafkaBrokers();
  const ctx: Context = {
    scale: options.scale,
    brokers,
    kafka: benchKafka(brokers),
    ours: ourSide(),
    jaeger: jaegerSide(binary),
    figures: {},
    notes: [],
    log,
  };
  const loadBefore = loadAverage();
  const failures: VsJaegerReport['failures'] = [];
  for (const part of options.parts) {
    log(`vs-jaeger: ${part} (load ${loadAverage().toFixed(1)})`);
    try {
      await PARTS[part](ctx);
    } catch (error) {
      failures.push({ part, error: error instanceof Error ? error.message : String(error) });
      log(`vs-jaeger: ${part} failed: ${failures.at(-1)!.error}`);
    }
  }
  const rows = tableRows(ctx.figures, {
    runs: String(options.scale.collectorRuns),
    drain: options.scale.ingesterSpans.toLocaleString('en-US'),
    traceSpans: options.scale.queryTraceSpans.toLocaleString('en-US'),
  });
  return {
    date: new Date().toISOString(),
    options,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
      jaeger: `github.com/jaegertracing/jaeger/cmd/jaeger ${JAEGER_MODULE_VERSION} (Jaeger v2), ${binary}`,
      loadAverage1m: { before: loadBefore, after: loadAverage() },
    },
    figures: ctx.figures,
    rows,
    notes: ctx.notes,
    failures,
    configs: { spanstream: ctx.ours.configs, jaeger: ctx.jaeger.configs },
  };
}

/** The table, then the machine and versions, then one line per measurement. */
export function formatReport(report: VsJaegerReport): string {
  const m = report.machine as { loadAverage1m: { before: number; after: number } } & Record<string, unknown>;
  return [
    formatRows(report.rows),
    '',
    `${report.date}; ${String(m['cpus'])} × ${String(m['cpuModel'])}, ${String(m['memoryGiB'])} GiB; ` +
      `load average (1 min) ${m.loadAverage1m.before.toFixed(1)} before, ${m.loadAverage1m.after.toFixed(1)} after; ` +
      `node ${String(m['node'])}; ${String(m['jaeger'])}${report.options.quick ? '; QUICK mode' : ''}`,
    '',
    ...report.notes.map((note) => `- ${note}`),
    ...report.failures.map((f) => `- FAILED ${f.part}: ${f.error}`),
  ].join('\n');
}

export function writeReport(report: VsJaegerReport, out: string): void {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(resolve(out), `${JSON.stringify(report, null, 2)}\n`);
}
