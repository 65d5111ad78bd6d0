import { createLogger } from '@spanstream/runtime';
import { Registry } from 'prom-client';
import type { Micros, Span, SpanId, TraceId } from '@spanstream/model';
import type { SpanWriter } from '@spanstream/storage-api';
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

/** A writer that records spans and can be stalled (its promises wait until `resume`). */
export class RecordingWriter implements SpanWriter {
  readonly spans: Span[] = [];
  calls = 0;
  #stalled: Promise<void> | undefined;
  #resume: (() => void) | undefined;
  fail: ((attempt: number) => Error | undefined) | undefined;

  stall(): void {
    this.#stalled = new Promise((resolve) => (this.#resume = resolve));
  }

  resume(): void {
    this.#resume?.();
    this.#stalled = undefined;
  }

  async writeSpans(spans: readonly Span[]): Promise<void> {
    this.calls++;
    if (this.#stalled) await this.#stalled;
    const error = this.fail?.(this.calls);
    if (error) throw error;
    this.spans.push(...spans);
  }
}

export function startCollector(
  writer: SpanWriter,
  options: Partial<CollectorOptions>,
  decoders?: ReceiverDecoders,
): { collector: Collector; registry: Registry } {
  const registry = new Registry();
  const collector = createCollector({
    writer,
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
