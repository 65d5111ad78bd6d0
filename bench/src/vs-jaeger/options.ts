import { parseArgs } from 'node:util';

/** The bench's parts; each fills one or more rows of the table. */
export const PARTS = ['collector', 'steady', 'ingester', 'query', 'latency'] as const;
export type Part = (typeof PARTS)[number];

export type BenchEncoding = 'protobuf' | 'otlp_proto';
export const ENCODINGS: readonly BenchEncoding[] = ['protobuf', 'otlp_proto'];

/** How much each part does: the full comparison, or `--quick` for iterating. */
export interface Scale {
  /** Saturating collector runs per side and encoding (the median is reported). */
  readonly collectorRuns: number;
  /** Requests (100 spans each) per saturating run, after `warmupRequests`. */
  readonly collectorRequests: number;
  readonly warmupRequests: number;
  /** Steady-rate runs per side and encoding, and the measured seconds of each. */
  readonly steadyRuns: number;
  readonly steadySeconds: number;
  readonly ingesterRuns: number;
  readonly ingesterSpans: number;
  readonly queryTraceSpans: number;
  readonly queryRequests: number;
  readonly latencySeconds: number;
}

export const FULL: Scale = {
  collectorRuns: 4,
  collectorRequests: 1_000,
  warmupRequests: 100,
  steadyRuns: 2,
  steadySeconds: 10,
  ingesterRuns: 2,
  ingesterSpans: 200_000,
  queryTraceSpans: 10_000,
  queryRequests: 20,
  latencySeconds: 20,
};

export const QUICK: Scale = {
  collectorRuns: 1,
  collectorRequests: 100,
  warmupRequests: 20,
  steadyRuns: 1,
  steadySeconds: 3,
  ingesterRuns: 1,
  ingesterSpans: 20_000,
  queryTraceSpans: 2_000,
  queryRequests: 5,
  latencySeconds: 5,
};

export interface VsJaegerOptions {
  readonly parts: readonly Part[];
  readonly quick: boolean;
  readonly scale: Scale;
  /** JSON report (every sample, the configs, the machine). */
  readonly out: string;
}

/** True when the command line asks for the side-by-side bench (`--vs-jaeger` or `--vs-jaeger=parts`). */
export function wantsVsJaeger(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--vs-jaeger' || arg.startsWith('--vs-jaeger='));
}

/**
 * `--vs-jaeger[=part,part]` (default: every part), `--quick`, `--runs N` (saturating collector runs),
 * `--out FILE`.
 */
export function parseVsJaegerOptions(argv: readonly string[], defaultOut: string): VsJaegerOptions {
  const { values } = parseArgs({
    args: argv.map((arg) => (arg === '--vs-jaeger' ? '--vs-jaeger=' : arg)),
    options: {
      'vs-jaeger': { type: 'string' },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      out: { type: 'string', default: defaultOut },
    },
  });
  const names = (values['vs-jaeger'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`unknown --vs-jaeger part ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);
  }
  const parts = names.length === 0 ? PARTS : PARTS.filter((part) => names.includes(part));
  const base = values.quick ? QUICK : FULL;
  const runs = values.runs === undefined ? base.collectorRuns : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  return { parts, quick: values.quick, scale: { ...base, collectorRuns: runs }, out: values.out };
}
