import type { KeyValue, RawSpan, RawTrace } from '../api/types.ts';

export interface SyntheticOptions {
  spans: number;
  traceID?: string;
  services?: number;
  /** µs since epoch of the root span. */
  startTime?: number;
  /** Children per span before moving deeper. */
  fanOut?: number;
  /** Operation name suffix, so two "runs" can differ structurally. */
  variant?: string;
}

/** Deterministic pseudo-random numbers (mulberry32), so fixtures are stable across runs. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex16 = (n: number): string => n.toString(16).padStart(16, '0');

/**
 * A deterministic trace of `spans` spans over a breadth-first tree, children nested inside their
 * parent's time window; used by the large-trace benchmark, browser tests and unit tests.
 */
export function makeSyntheticTrace(opts: SyntheticOptions): RawTrace {
  const { spans: n, services = 8, fanOut = 4, variant = '' } = opts;
  const traceID = opts.traceID ?? 'abc0000000000001';
  const start = opts.startTime ?? 1_700_000_000_000_000;
  const rand = rng(n * 31 + services);
  const processes: RawTrace['processes'] = {};
  for (let i = 0; i < services; i++) {
    processes[`p${i + 1}`] = {
      serviceName: `service-${i}`,
      tags: [{ key: 'hostname', type: 'string', value: `host-${i}` }],
    };
  }
  const out: RawSpan[] = [];
  const windows: { start: number; duration: number }[] = [];
  const svcOf: number[] = [];
  for (let i = 0; i < n; i++) {
    const parentIndex = i === 0 ? -1 : Math.floor((i - 1) / fanOut);
    const parent = windows[parentIndex];
    // The root's length depends on the size, so differently sized traces differ in duration too.
    const duration = parent
      ? Math.max(1, Math.floor(parent.duration * (0.2 + rand() * 0.5)))
      : 1_000_000 + n * 1000;
    const offset = parent ? Math.floor(rand() * (parent.duration - duration)) : 0;
    const spanStart = (parent?.start ?? start) + offset;
    windows.push({ start: spanStart, duration });
    // Calls go to a "later" service (or stay inside the last one), so the service graph is a DAG.
    const parentSvc = i === 0 ? 0 : svcOf[parentIndex]!;
    const next = parentSvc + 1 + (i % 2);
    const svc = i === 0 ? 0 : next < services ? next : parentSvc;
    svcOf.push(svc);
    const tags: KeyValue[] = [{ key: 'span.index', type: 'int64', value: i }];
    if (i % 97 === 5) tags.push({ key: 'error', type: 'bool', value: true });
    out.push({
      traceID,
      spanID: hex16(i + 1),
      operationName: `op-${svc}-${i % 5}${variant}`,
      references: parent ? [{ refType: 'CHILD_OF', traceID, spanID: hex16(parentIndex + 1) }] : [],
      startTime: spanStart,
      duration,
      tags,
      logs:
        i % 50 === 0
          ? [{ timestamp: spanStart + 1, fields: [{ key: 'event', type: 'string', value: 'checkpoint' }] }]
          : [],
      processID: `p${svc + 1}`,
      warnings: null,
    });
  }
  return { traceID, spans: out, processes, warnings: null };
}
