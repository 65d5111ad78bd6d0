import { createLogger } from '@spanstream/runtime';
import { Registry } from 'prom-client';
import type { Micros, Span, SpanId, TraceId } from '@spanstream/model';
import { type SpanSink, type SpanWriter, spanWriterSink } from '@spanstream/storage-api';
import { type Collector, createCollector } from '../src/collector.ts';
import type { CollectorOptions } from '../src/options.ts';
import type { ReceiverDecoders } from '../src/receivers/decoders.ts';

/** Every receiver off; tests turn on the one they exercise with port 0. */
export const ALL_OFF: Partial<CollectorOptions> = {
  otlpHttpHostPort: undefined,
  otlpGrpcHostPort: undefined,
  grpcHostPort: undefined,
  httpHostPort: undefined,
  zipkinHostPort: undefined,
  samplingHostPort: undefined,
};

export function testSpan(n: number, overrides: Partial<Span> = {}): Span {
  return {
    traceId: n.toString(16).padStart(32, '0') as TraceId,
    spanId: (n + 1).toString(16).padStart(16, '0') as SpanId,
    operationName: `op-${n}`,
    references: [],
    flags: 1,
    startTime: (Date.now() * 1000) as Micros,
    duration: 1000 as Micros,
    tags: [{ key: 'n', type: 'int64', value: BigInt(n) }],
    logs: [],
    process: { serviceName: 'svc', tags: [] },
    warnings: [],
    ...overrides,
  };
}

/** Holds callers while closed: `waiting()` is the promise to await then (undefined while open). */
export class Gate {
  #closed: Promise<void> | undefined;
  #open: (() => void) | undefined;

  close(): void {
    this.#closed = new Promise((resolve) => (this.#open = resolve));
  }

  open(): void {
    this.#open?.();
    this.#closed = undefined;
  }

  waiting(): Promise<void> | undefined {
    return this.#closed;
  }
}

/** A writer that records spans and can be stalled (its promises wait until `resume`). */
export class RecordingWriter implements SpanWriter {
  readonly spans: Span[] = [];
  calls = 0;
  readonly #gate = new Gate();
  fail: ((attempt: number) => Error | undefined) | undefined;

  stall(): void {
    this.#gate.close();
  }

  resume(): void {
    this.#gate.open();
  }

  async writeSpans(spans: readonly Span[]): Promise<void> {
    this.calls++;
    const stalled = this.#gate.waiting();
    if (stalled) await stalled;
    const error = this.fail?.(this.calls);
    if (error) throw error;
    this.spans.push(...spans);
  }
}

/** A collector writing to a storage writer (through `spanWriterSink`, as `main` does for databases). */
export function startCollector(
  writer: SpanWriter,
  options: Partial<CollectorOptions>,
  decoders?: ReceiverDecoders,
): { collector: Collector; registry: Registry } {
  return startCollectorWithSink(spanWriterSink(writer), options, decoders);
}

export function startCollectorWithSink<Batch>(
  sink: SpanSink<Batch>,
  options: Partial<CollectorOptions>,
  decoders?: ReceiverDecoders,
): { collector: Collector; registry: Registry } {
  const registry = new Registry();
  const collector = createCollector({
    sink,
    logger: createLogger({ level: 'silent' }),
    registry,
    options: { ...ALL_OFF, ...options },
    ...(decoders === undefined ? {} : { decoders }),
  });
  return { collector, registry };
}

export async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const metric = await registry.getSingleMetric(name)?.get();
  let total = 0;
  for (const value of metric?.values ?? []) {
    if (Object.entries(labels).every(([k, v]) => String((value.labels as Record<string, unknown>)[k]) === v))
      total += value.value;
  }
  return total;
}
