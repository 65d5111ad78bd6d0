import type { FaultName } from './faults.ts';
import { spanIdOf, spansInTrace, traceIdOf, tracesOfRequest, type LoadShape } from './ids.ts';
import type { LoadResult } from './load.ts';
import { recoverySeconds, type Monitor } from './monitor.ts';
import { queryTrace, sampleIndexes } from './query-sample.ts';
import type { StoredCount } from './storage-count.ts';

export interface PhaseRow {
  readonly phase: string;
  ackedSpans: number;
  lost: number;
  duplicateDocs: number;
  queriedTraces: number;
  /** Spans a query answer returned more than once. */
  duplicateInQuery: number;
  /** Acknowledged spans a query answer lacked. */
  missingInQuery: number;
  recoverySeconds: number | undefined;
  peakIngesterRssMiB: number;
}

export interface ChaosReport {
  readonly rows: PhaseRow[];
  readonly total: PhaseRow;
  readonly notAcknowledgedSpans: number;
  readonly retries: Record<string, number>;
  readonly poison: number;
  readonly dlq: number;
  readonly drainSeconds: number;
  readonly exits?: Record<string, number | string>;
  /** Faults that could not be carried out, or that broke a process (e.g. an ingester that did not start). */
  readonly faultErrors?: readonly string[];
}

function emptyRow(phase: string): PhaseRow {
  return {
    phase,
    ackedSpans: 0,
    lost: 0,
    duplicateDocs: 0,
    queriedTraces: 0,
    duplicateInQuery: 0,
    missingInQuery: 0,
    recoverySeconds: undefined,
    peakIngesterRssMiB: 0,
  };
}

/** Compares what was acknowledged with what storage holds and what the query answers, by phase. */
export async function tally(input: {
  shape: LoadShape;
  load: LoadResult;
  stored: StoredCount;
  /** In schedule order. */
  faults: readonly FaultName[];
  faultsAt: Map<FaultName, number>;
  monitor: Monitor;
  queryPort: number;
  querySample: number;
  dlq: number;
  poison: number;
  drainSeconds: number;
}): Promise<ChaosReport> {
  const { shape, load, stored } = input;
  const rows = new Map<string, PhaseRow>([['baseline', emptyRow('baseline')]]);
  for (const fault of input.faults) rows.set(fault, emptyRow(fault));
  const row = (phase: string) => rows.get(phase) ?? rows.set(phase, emptyRow(phase)).get(phase)!;
  const ackedTraces: [number, string][] = [];
  for (const [request, phase] of load.ackedPhase) {
    for (const trace of tracesOfRequest(shape, request)) {
      ackedTraces.push([trace, phase]);
      for (let span = 0; span < spansInTrace(shape, trace); span++) {
        const docs = stored.docsBySpan.get(spanIdOf(shape, trace, span)) ?? 0;
        row(phase).ackedSpans++;
        if (docs === 0) row(phase).lost++;
        else row(phase).duplicateDocs += docs - 1;
      }
    }
  }
  ackedTraces.sort((a, b) => a[0] - b[0]);
  for (const i of sampleIndexes(ackedTraces.length, input.querySample)) {
    const [trace, phase] = ackedTraces[i]!;
    const answer = await queryTrace(input.queryPort, traceIdOf(shape, trace));
    row(phase).queriedTraces++;
    row(phase).duplicateInQuery += answer.returned - answer.distinct;
    row(phase).missingInQuery += spansInTrace(shape, trace) - answer.distinct;
  }
  for (const [fault, at] of input.faultsAt) {
    row(fault).recoverySeconds = recoverySeconds(at, load.ackTimes, input.monitor.progress);
  }
  for (const [phase, rss] of input.monitor.peakRssByPhase)
    if (rows.has(phase)) row(phase).peakIngesterRssMiB = rss;
  const total = emptyRow('total');
  for (const r of rows.values()) {
    total.ackedSpans += r.ackedSpans;
    total.lost += r.lost;
    total.duplicateDocs += r.duplicateDocs;
    total.queriedTraces += r.queriedTraces;
    total.duplicateInQuery += r.duplicateInQuery;
    total.missingInQuery += r.missingInQuery;
  }
  total.peakIngesterRssMiB = Math.max(...input.monitor.peakRssByPhase.values(), 0);
  total.recoverySeconds = input.drainSeconds;
  const notAcknowledged = load.gaveUp.reduce(
    (sum, request) => sum + tracesOfRequest(shape, request).reduce((s, t) => s + spansInTrace(shape, t), 0),
    0,
  );
  return {
    rows: [...rows.values()],
    total,
    notAcknowledgedSpans: notAcknowledged,
    retries: Object.fromEntries(load.retries),
    poison: input.poison,
    dlq: input.dlq,
    drainSeconds: input.drainSeconds,
  };
}

/** The run fails on any loss or duplicate, in storage or in a query answer. */
export function failures(report: ChaosReport): string[] {
  const t = report.total;
  return [
    t.lost > 0 ? `${t.lost} acknowledged spans lost` : '',
    t.duplicateDocs > 0 ? `${t.duplicateDocs} duplicated documents` : '',
    t.duplicateInQuery > 0 ? `${t.duplicateInQuery} duplicated spans in query answers` : '',
    t.missingInQuery > 0 ? `${t.missingInQuery} acknowledged spans missing from query answers` : '',
    report.dlq < report.poison ? `${report.poison - report.dlq} poison records not dead-lettered` : '',
    ...(report.faultErrors ?? []).map((error) => `fault ${error}`),
  ].filter((line) => line !== '');
}

/** One table: a row per phase (the fault injected last when the spans were acknowledged) and a total. */
export function formatTable(report: ChaosReport): string {
  const header = [
    'phase',
    'acked spans',
    'lost',
    'dup docs',
    'traces queried',
    'dup in query',
    'missing in query',
    'recover s',
    'peak ingester RSS MiB',
  ];
  const cells = (r: PhaseRow) => [
    r.phase,
    String(r.ackedSpans),
    String(r.lost),
    String(r.duplicateDocs),
    String(r.queriedTraces),
    String(r.duplicateInQuery),
    String(r.missingInQuery),
    r.recoverySeconds === undefined ? '-' : r.recoverySeconds.toFixed(1),
    r.peakIngesterRssMiB.toFixed(0),
  ];
  const lines = [header, ...report.rows.map(cells), cells(report.total)];
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  const render = (line: string[]) =>
    `| ${line.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [render(header), rule, ...lines.slice(1).map(render)].join('\n');
}
