import { median, range } from './stats.ts';

/** Every figure the side-by-side bench measures; each holds one value per run and side. */
export const METRICS = [
  'collector.protobuf.perCpu',
  'collector.otlp_proto.perCpu',
  'steady.protobuf.cpuPercent',
  'steady.otlp_proto.cpuPercent',
  'steady.protobuf.rss',
  'steady.otlp_proto.rss',
  'ingester.perCpu',
  'ingester.rss',
  'query.p50',
  'query.cpuMs',
  'query.rss',
  'latency.p50',
  'latency.p99',
] as const;
export type Metric = (typeof METRICS)[number];

export interface Samples {
  readonly ours: number[];
  readonly jaeger: number[];
}
export type Figures = Partial<Record<Metric, Samples>>;

export function record(figures: Figures, metric: Metric, side: keyof Samples, value: number): void {
  (figures[metric] ??= { ours: [], jaeger: [] })[side].push(value);
}

type Unit = 'perCpu' | 'percent' | 'MiB' | 'ms';

interface Target {
  /** Spanstream ÷ Jaeger must be at least (`>=`) or at most (`<=`) `value`. */
  readonly op: '>=' | '<=';
  readonly value: number;
  /** Where the target comes from. */
  readonly source: string;
}

interface RowSpec {
  readonly hop: string;
  readonly parts: readonly Metric[];
  readonly unit: Unit;
  /** Summaries of the runs: the median, or the smallest–largest. */
  readonly summary: 'median' | 'range';
  readonly target?: Target;
}

const ISSUE = 'issue 20';
/** The rows of issue 20's table, in its order and words, and the targets it sets. */
const ROWS: readonly RowSpec[] = [
  {
    hop: 'collector → Kafka, per-span Jaeger protobuf, spans per CPU-second (saturating, median of {runs})',
    parts: ['collector.protobuf.perCpu'],
    unit: 'perCpu',
    summary: 'median',
    target: { op: '>=', value: 1, source: ISSUE },
  },
  {
    hop: 'collector → Kafka, `otlp_proto`, spans per CPU-second',
    parts: ['collector.otlp_proto.perCpu'],
    unit: 'perCpu',
    summary: 'median',
    target: { op: '>=', value: 1, source: ISSUE },
  },
  {
    hop: 'steady 10,000 spans/s, % of one core (protobuf / otlp_proto)',
    parts: ['steady.protobuf.cpuPercent', 'steady.otlp_proto.cpuPercent'],
    unit: 'percent',
    summary: 'median',
    target: { op: '<=', value: 1, source: `${ISSUE}, deliverable 2` },
  },
  {
    hop: 'steady 10,000 spans/s, RSS (protobuf / otlp_proto)',
    parts: ['steady.protobuf.rss', 'steady.otlp_proto.rss'],
    unit: 'MiB',
    summary: 'range',
    target: { op: '<=', value: 1, source: `${ISSUE}, deliverable 2` },
  },
  {
    hop: 'ingester Kafka → Elasticsearch, spans per CPU-second ({drain} spans, net of start-up)',
    parts: ['ingester.perCpu'],
    unit: 'perCpu',
    summary: 'median',
    target: { op: '>=', value: 1, source: ISSUE },
  },
  {
    hop: 'ingester peak RSS',
    parts: ['ingester.rss'],
    unit: 'MiB',
    summary: 'range',
    target: { op: '<=', value: 2, source: ISSUE },
  },
  {
    hop: 'query: {traceSpans}-span trace by ID on ES, p50 latency',
    parts: ['query.p50'],
    unit: 'ms',
    summary: 'median',
    target: { op: '<=', value: 0.5, source: ISSUE },
  },
  {
    hop: 'query: CPU per request',
    parts: ['query.cpuMs'],
    unit: 'ms',
    summary: 'median',
  },
  {
    hop: 'query peak RSS',
    parts: ['query.rss'],
    unit: 'MiB',
    summary: 'range',
    target: { op: '<=', value: 1.5, source: ISSUE },
  },
  {
    hop: 'accept → queryable at a steady 10,000 spans/s, streaming (collector → Kafka → ingester → ES → query), p50 / p99',
    parts: ['latency.p50', 'latency.p99'],
    unit: 'ms',
    summary: 'median',
  },
];

export interface TableRow {
  readonly hop: string;
  readonly ours: string;
  readonly jaeger: string;
  readonly ratio: string;
  readonly target: string;
  /** Empty when the row has no target (or a side is missing). */
  readonly verdict: 'pass' | 'fail' | '';
}

/** Words filled into the row labels: `{runs}`, `{drain}`, `{traceSpans}`. */
export type Labels = Readonly<Record<'runs' | 'drain' | 'traceSpans', string>>;

const thousands = (value: number): string => Math.round(value).toLocaleString('en-US');

function formatValue(unit: Unit, value: number): string {
  if (!Number.isFinite(value)) return '-';
  switch (unit) {
    case 'perCpu':
      return thousands(value);
    case 'percent':
      return `${value.toFixed(0)} %`;
    case 'MiB':
      return `${thousands(value)} MiB`;
    case 'ms':
      return `${thousands(value)} ms`;
  }
}

function summarize(spec: RowSpec, values: readonly number[]): string {
  if (spec.summary === 'median' || values.length < 2) return formatValue(spec.unit, median(values));
  const [low, high] = range(values);
  if (Math.round(low) === Math.round(high)) return formatValue(spec.unit, low);
  return formatValue(spec.unit, low).replace(' MiB', '') + '–' + formatValue(spec.unit, high);
}

/** Spanstream ÷ Jaeger of the medians. */
export function ratioOf(samples: Samples): number {
  return median(samples.ours) / median(samples.jaeger);
}

function meets(target: Target, ratio: number): boolean {
  return target.op === '>=' ? ratio >= target.value : ratio <= target.value;
}

function formatRatio(unit: Unit, ratio: number): string {
  if (!Number.isFinite(ratio)) return '-';
  // Throughput as a plain factor (≥ 1 is better); costs as "n×" Jaeger's.
  return unit === 'perCpu' ? ratio.toFixed(2) : `${ratio.toFixed(2)}×`;
}

/** The rows whose figures were measured (a subset run prints only its rows). */
export function tableRows(figures: Figures, labels: Labels): TableRow[] {
  const rows: TableRow[] = [];
  for (const spec of ROWS) {
    const parts = spec.parts.map((metric) => figures[metric]).filter((s) => s !== undefined);
    if (parts.length === 0) continue;
    const ratios = parts.map(ratioOf);
    const complete = ratios.every(Number.isFinite);
    const verdict =
      spec.target === undefined || !complete
        ? ''
        : ratios.every((r) => meets(spec.target!, r))
          ? 'pass'
          : 'fail';
    rows.push({
      hop: spec.hop.replace(/\{(\w+)\}/g, (_, key: keyof Labels) => labels[key]),
      ours: parts.map((s) => summarize(spec, s.ours)).join(' / '),
      jaeger: parts.map((s) => summarize(spec, s.jaeger)).join(' / '),
      ratio: ratios.map((r) => formatRatio(spec.unit, r)).join(' / '),
      target:
        spec.target === undefined ? '' : `${spec.target.op} ${spec.target.value} (${spec.target.source})`,
      verdict,
    });
  }
  return rows;
}

/** A Markdown table (pasted as is into bench/README.md). */
export function formatRows(rows: readonly TableRow[]): string {
  const header = ['hop', 'Spanstream', 'Jaeger v2', 'ratio', 'target', ''];
  const cells = rows.map((r) => [r.hop, r.ours, r.jaeger, r.ratio, r.target, r.verdict]);
  const line = (row: readonly string[]): string => `| ${row.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...cells.map(line)].join('\n');
}
