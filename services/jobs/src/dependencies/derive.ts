import { deriveDependencies, type DependencyLink, type KeyValue, type Span } from '@spanstream/model';
import type { Day } from './day.ts';
import type { Partition, SpanSource } from './storage.ts';

/** spark-dependencies' `jaeger.uninstrumented_key` default: a leaf span's callee that has no tracer. */
const UNINSTRUMENTED_KEY = 'peer.service';
const KEPT_TAGS = new Set(['span.kind', UNINSTRUMENTED_KEY]);
const NONE: readonly never[] = [];

/** A partition's outcome: small JSON (a BullMQ child job's return value). */
export interface PartitionCounts {
  readonly date: string;
  /** Spans of the day in the partition. */
  readonly spans: number;
  /** Spans (rows) read: more than `spans` where the backend cannot filter by day (Cassandra). */
  readonly spansRead: number;
  readonly links: readonly DependencyLink[];
}

/**
 * One copy of each repeated value of a partition: trace IDs (every span of a trace and its references
 * carry one), service names with their process, and the few tag values kept.
 */
class SpanInterner {
  readonly #strings = new Map<string, string>();
  readonly #processes = new Map<string, Span['process']>();

  string<T extends string>(value: T): T {
    const known = this.#strings.get(value);
    if (known !== undefined) return known as T;
    this.#strings.set(value, value);
    return value;
  }

  process(serviceName: string): Span['process'] {
    let process = this.#processes.get(serviceName);
    if (process === undefined) {
      process = { serviceName, tags: NONE };
      this.#processes.set(serviceName, process);
    }
    return process;
  }
}

/**
 * What derivation reads of a span, and nothing else: a partition's spans are held until it is read
 * to the end (a trace may be spread over every page), so each one is kept as small as it can be.
 */
export function slimSpan(span: Span, interner = new SpanInterner()): Span {
  const tags: KeyValue[] = [];
  for (const tag of span.tags) {
    if (!KEPT_TAGS.has(tag.key)) continue;
    tags.push(
      tag.type === 'string'
        ? { key: interner.string(tag.key), type: 'string', value: interner.string(tag.value) }
        : tag,
    );
  }
  const traceId = interner.string(span.traceId);
  return {
    traceId,
    spanId: span.spanId,
    operationName: '',
    references: span.references.map((ref) => ({
      refType: ref.refType,
      traceId: ref.traceId === traceId ? traceId : interner.string(ref.traceId),
      spanId: ref.spanId,
    })),
    flags: span.flags,
    startTime: span.startTime,
    duration: span.duration,
    tags: tags.length === 0 ? NONE : tags,
    logs: NONE,
    process: interner.process(interner.string(span.process.serviceName)),
    warnings: NONE,
  };
}

/**
 * Reads one partition and derives its links with spark-dependencies' rule (`SpansToDependencyLinks`):
 * the partition holds whole traces, so its counts add up with the other partitions' to the day's.
 */
export async function countPartition(
  source: SpanSource,
  day: Day,
  partition: Partition,
  options: { readonly signal?: AbortSignal; readonly onPage?: (spans: number) => void } = {},
): Promise<PartitionCounts> {
  const spans: Span[] = [];
  const interner = new SpanInterner();
  const read = await source.scan(
    day,
    partition,
    (page) => {
      for (const span of page) spans.push(slimSpan(span, interner));
      options.onPage?.(page.length);
    },
    options.signal,
  );
  const links = deriveDependencies(spans, { rule: 'spark', uninstrumentedKey: UNINSTRUMENTED_KEY });
  return { date: day.date, spans: spans.length, spansRead: read, links };
}

/** The partitions' links summed per (parent, child), sorted as `deriveDependencies` sorts. */
export function mergeLinks(parts: Iterable<readonly DependencyLink[]>): DependencyLink[] {
  const sums = new Map<string, { parent: string; child: string; callCount: number }>();
  for (const links of parts) {
    for (const { parent, child, callCount } of links) {
      const key = `${parent}\u0000${child}`;
      const sum = sums.get(key);
      if (sum) sum.callCount += callCount;
      else sums.set(key, { parent, child, callCount });
    }
  }
  return [...sums.values()].sort((a, b) =>
    a.parent === b.parent ? compare(a.child, b.child) : compare(a.parent, b.parent),
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
