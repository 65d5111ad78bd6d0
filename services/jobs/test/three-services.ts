// Test and bench support, as `@spanstream/jobs/testing/dependencies`: a generated workload of three
// services whose dependency links are known in advance. No vitest here: the bench imports it too.
import { randomBytes } from 'node:crypto';
import {
  micros,
  parseSpanId,
  parseTraceId,
  stringTag,
  type DependencyLink,
  type RefType,
  type Span,
  type SpanId,
  type TraceId,
} from '@spanstream/model';

const DAY_MS = 86_400_000;
/** Every this many traces, one more `db` span follows from the `api` server span (FOLLOWS_FROM). */
const FOLLOWS_EVERY = 5;

const randomTraceId = (): TraceId => parseTraceId(randomBytes(16).toString('hex'))!;
const randomSpanId = (): SpanId => parseSpanId(randomBytes(8).toString('hex'))!;

/**
 * `traces` traces starting over `spreadMs` from `startMs` (by default the UTC day `startMs` begins),
 * random IDs (as tracers make them).
 * Each: frontend server → frontend client → api server → two api clients → one db server each; every
 * fifth trace adds a db span FOLLOWS_FROM the api server span. Nine client/server tags per span.
 */
export function threeServiceTraces(traces: number, startMs: number, spreadMs = DAY_MS - 60_000): Span[] {
  const spans: Span[] = [];
  const step = spreadMs / Math.max(1, traces);
  for (let t = 0; t < traces; t++) {
    const traceId = randomTraceId();
    const start = (startMs + Math.floor(t * step)) * 1000;
    const span = (service: string, kind: string, offset: number, refs: [RefType, SpanId][]): SpanId => {
      const spanId = randomSpanId();
      spans.push({
        traceId,
        spanId,
        operationName: `${service}-${kind}`,
        references: refs.map(([refType, parent]) => ({ refType, traceId, spanId: parent })),
        flags: 1,
        startTime: micros(start + offset),
        duration: micros(1000 - offset),
        tags: [
          stringTag('span.kind', kind),
          stringTag('http.method', 'GET'),
          stringTag('http.url', `https://example.com/${service}/${t}`),
          stringTag('component', 'net/http'),
        ],
        logs: [],
        process: { serviceName: service, tags: [stringTag('hostname', `${service}-1`)] },
        warnings: [],
      });
      return spanId;
    };
    const root = span('frontend', 'server', 0, []);
    const call = span('frontend', 'client', 10, [['CHILD_OF', root]]);
    const api = span('api', 'server', 20, [['CHILD_OF', call]]);
    for (let i = 0; i < 2; i++) {
      const query = span('api', 'client', 30 + i, [['CHILD_OF', api]]);
      span('db', 'server', 40 + i, [['CHILD_OF', query]]);
    }
    if (t % FOLLOWS_EVERY === 0) span('db', 'consumer', 50, [['FOLLOWS_FROM', api]]);
  }
  return spans;
}

/**
 * The links spark-dependencies derives from `threeServiceTraces(traces, …)`: every reference counts,
 * within one service too (frontend → frontend, api → api), and FOLLOWS_FROM as CHILD_OF.
 */
export function threeServiceLinks(traces: number): DependencyLink[] {
  const follows = Math.ceil(traces / FOLLOWS_EVERY);
  return [
    { parent: 'api', child: 'api', callCount: 2 * traces },
    { parent: 'api', child: 'db', callCount: 2 * traces + follows },
    { parent: 'frontend', child: 'api', callCount: traces },
    { parent: 'frontend', child: 'frontend', callCount: traces },
  ];
}
