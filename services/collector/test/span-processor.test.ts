import { describe, expect, it } from 'vitest';
import { createLogger } from '@spanstream/runtime';
import { DEFAULT_SANITIZER_OPTIONS, type Micros, type Span } from '@spanstream/model';
import {
  type ForwardableOtlpRequest,
  type SinkWriteResult,
  type SpanSink,
  StorageError,
  spanWriterSink,
} from '@spanstream/storage-api';
import { Registry } from 'prom-client';
import { encodeOtlpTraces } from '@spanstream/codec';
import { createCollectorMetrics } from '../src/metrics.ts';
import { SpanProcessor, type SpanProcessorOptions } from '../src/processor/span-processor.ts';
import { BoundedQueue } from '../src/queue/bounded-queue.ts';
import { metricValue, RecordingWriter, testSpan } from './support.ts';

const OPTIONS: SpanProcessorOptions = {
  queueSize: 100,
  queueSizeBytes: 0,
  numWorkers: 2,
  sanitizer: DEFAULT_SANITIZER_OPTIONS,
  retry: { maxRetries: 3, initialBackoffMs: 0, maxBackoffMs: 0 },
};

function processorFor<Batch>(sink: SpanSink<Batch>, options: Partial<SpanProcessorOptions> = {}) {
  const registry = new Registry();
  const metrics = createCollectorMetrics(registry, {
    length: () => processor.queue.length,
    capacity: () => 100,
    bytes: () => 0,
    capacityBytes: () => 0,
  });
  const processor = new SpanProcessor(
    sink,
    { ...OPTIONS, ...options },
    metrics,
    createLogger({ level: 'silent' }),
  );
  processor.start();
  return { processor, registry };
}

interface TestBatch {
  readonly spans: number;
  readonly request: Uint8Array | undefined;
}

/** A sink that encodes at intake, as the Kafka writer does: what it prepared is what it writes. */
class PreparingSink implements SpanSink<TestBatch> {
  readonly prepared: TestBatch[] = [];
  readonly written: TestBatch[] = [];
  readonly events: string[] = [];
  open: () => void = () => undefined;
  readonly #gate = new Promise<void>((resolve) => (this.open = resolve));
  prepare(spans: readonly Span[], request?: Uint8Array): TestBatch {
    const batch = { spans: spans.length, request };
    this.prepared.push(batch);
    return batch;
  }
  async writePrepared(batch: TestBatch): Promise<SinkWriteResult> {
    await this.#gate;
    this.written.push(batch);
    this.events.push('write');
    return { rejected: batch.spans > 1 ? [{ index: 1, reason: 'too big' }] : [] };
  }
  flush(): Promise<void> {
    this.events.push('flush');
    return Promise.resolve();
  }
}

/** A sink that also forwards OTLP requests as they are (the Kafka writer with `otlp_proto`). */
class ForwardingSink extends PreparingSink {
  readonly forwarded: { request: Uint8Array; traceIds: readonly string[]; spans: number }[] = [];
  prepareOtlpRequest({ request, traceIds, spans }: ForwardableOtlpRequest): TestBatch {
    this.forwarded.push({ request, traceIds, spans });
    return { spans, request };
  }
}

const bytes = new Uint8Array([1, 2, 3]);

/** Two OTLP requests with their bytes: the second has no service name, which the sanitizer changes. */
function submitTwoOtlpRequests(processor: SpanProcessor): void {
  processor.submit([testSpan(1), testSpan(2)], { format: 'otlp', transport: 'http', otlpRequest: bytes });
  processor.submit([testSpan(3, { process: { serviceName: '', tags: [] } })], {
    format: 'otlp',
    transport: 'http',
    otlpRequest: bytes,
  });
}

describe('SpanProcessor', () => {
  it('prepares a batch when it accepts it and writes exactly that batch, counting by service', async () => {
    const writer = new PreparingSink();
    const { processor, registry } = processorFor(writer, { numWorkers: 1 });
    submitTwoOtlpRequests(processor);
    // Prepared at intake (the sanitizer changed the second batch: no pass-through for it).
    expect(writer.prepared).toEqual([
      { spans: 2, request: bytes },
      { spans: 1, request: undefined },
    ]);
    expect(writer.written).toEqual([]);
    writer.open();
    await processor.stop();
    expect(writer.written).toEqual(writer.prepared);
    // Flushed once, after the queue drained.
    expect(writer.events).toEqual(['write', 'write', 'flush']);
    expect(
      await metricValue(registry, 'jaeger_collector_spans_saved_by_svc_total', { result: 'ok', svc: 'svc' }),
    ).toBe(2);
    expect(
      await metricValue(registry, 'jaeger_collector_spans_saved_by_svc_total', {
        result: 'ok',
        svc: 'unknown-service',
      }),
    ).toBe(1);
    expect(
      await metricValue(registry, 'jaeger_collector_spans_dropped_total', { reason: 'writer_rejected' }),
    ).toBe(1);
  });

  it('queues a clean OTLP request as its bytes, undecoded, when the sink forwards requests', async () => {
    const sink = new ForwardingSink();
    const { processor, registry } = processorFor(sink, { numWorkers: 1 });
    const request = encodeOtlpTraces([
      testSpan(1),
      testSpan(2),
      testSpan(3, { process: { serviceName: 'b', tags: [] } }),
    ]);
    const outcome = processor.submitOtlpRequest(request, { format: 'otlp', transport: 'http' });
    expect(outcome).toEqual({ status: 'accepted', accepted: 3, rejected: [] });
    expect(sink.forwarded).toEqual([
      { request, traceIds: [1, 2, 3].map((n) => testSpan(n).traceId), spans: 3 },
    ]);
    expect(sink.prepared).toEqual([]);
    // One the sanitizer would refuse (a start time in 1970) is not proven: the receiver decodes it.
    const unnamed = encodeOtlpTraces([testSpan(4, { startTime: 5 as Micros })]);
    expect(processor.submitOtlpRequest(unnamed, { format: 'otlp', transport: 'http' })).toBeUndefined();
    sink.open();
    await processor.stop();
    expect(sink.written).toEqual(sink.forwarded.map(({ spans }) => ({ spans, request })));
    expect(await metricValue(registry, 'jaeger_collector_spans_received_total', { svc: 'svc' })).toBe(2);
    expect(
      await metricValue(registry, 'jaeger_collector_spans_saved_by_svc_total', { result: 'ok', svc: 'b' }),
    ).toBe(1);
  });

  it('never forwards undecoded when the sink cannot, or adaptive sampling must see the spans', () => {
    const request = encodeOtlpTraces([testSpan(1)]);
    const plain = processorFor(new PreparingSink()).processor;
    expect(plain.submitOtlpRequest(request, { format: 'otlp', transport: 'grpc' })).toBeUndefined();
    const observed = processorFor(new ForwardingSink()).processor;
    observed.observer = () => undefined;
    expect(observed.submitOtlpRequest(request, { format: 'otlp', transport: 'grpc' })).toBeUndefined();
  });

  it('retries retriable storage errors and writes the batch once the writer recovers', async () => {
    const writer = new RecordingWriter();
    writer.fail = (call) => (call <= 2 ? new StorageError('unavailable', 'down') : undefined);
    const { processor, registry } = processorFor(spanWriterSink(writer));
    expect(processor.submit([testSpan(1)], { format: 'otlp', transport: 'http' }).status).toBe('accepted');
    await processor.stop();
    expect(writer.spans).toHaveLength(1);
    expect(await metricValue(registry, 'spanstream_collector_write_retries_total')).toBe(2);
    expect(
      await metricValue(registry, 'jaeger_collector_spans_saved_by_svc_total', { result: 'ok', svc: 'svc' }),
    ).toBe(1);
    expect(await metricValue(registry, 'jaeger_collector_spans_dropped_total')).toBe(0);
  });

  it('counts spans as dropped after a non-retriable error, without retrying', async () => {
    const writer = new RecordingWriter();
    writer.fail = () => new StorageError('invalid', 'mapping conflict');
    const { processor, registry } = processorFor(spanWriterSink(writer));
    processor.submit([testSpan(1), testSpan(2)], { format: 'zipkin', transport: 'http' });
    await processor.stop();
    expect(writer.calls).toBe(1);
    expect(
      await metricValue(registry, 'jaeger_collector_spans_dropped_total', { reason: 'write_failed' }),
    ).toBe(2);
    expect(await metricValue(registry, 'jaeger_collector_spans_saved_by_svc_total', { result: 'err' })).toBe(
      2,
    );
  });

  it('writes through a storage writer with one writeSpans per request, never forwarding OTLP bytes', async () => {
    const writer = new RecordingWriter();
    const { processor, registry } = processorFor(spanWriterSink(writer));
    submitTwoOtlpRequests(processor);
    await processor.stop();
    expect(writer.calls).toBe(2);
    expect(writer.spans.map((s) => s.process.serviceName).sort()).toEqual(['svc', 'svc', 'unknown-service']);
    expect(
      await metricValue(registry, 'jaeger_collector_spans_saved_by_svc_total', { result: 'ok', svc: 'svc' }),
    ).toBe(2);
    expect(await metricValue(registry, 'jaeger_collector_spans_dropped_total')).toBe(0);
  });

  it('stop() refuses new work, then drains everything accepted through a slow writer', async () => {
    const writer = new RecordingWriter();
    writer.stall();
    const { processor } = processorFor(spanWriterSink(writer), { numWorkers: 1 });
    for (let i = 1; i <= 5; i++) processor.submit([testSpan(i)], { format: 'proto', transport: 'grpc' });
    const stopping = processor.stop();
    expect(processor.submit([testSpan(99)], { format: 'proto', transport: 'grpc' }).status).toBe('stopped');
    writer.resume();
    await stopping;
    expect(writer.spans.map((s) => s.operationName)).toEqual(['op-1', 'op-2', 'op-3', 'op-4', 'op-5']);
  });
});

describe('BoundedQueue', () => {
  it('bounds by spans and by bytes, admits an oversized item only when empty', () => {
    const queue = new BoundedQueue<string>(10, 1000);
    expect(queue.tryPut('a', 8, 100)).toBe(true);
    expect(queue.tryPut('b', 3, 100)).toBe(false);
    expect(queue.tryPut('c', 2, 950)).toBe(false);
    expect(queue.tryPut('d', 2, 100)).toBe(true);
    expect([queue.length, queue.bytes]).toEqual([10, 200]);
    const empty = new BoundedQueue<string>(10, 0);
    expect(empty.tryPut('huge', 50, 0)).toBe(true);
    expect(empty.tryPut('next', 1, 0)).toBe(false);
  });

  it('polls in FIFO order, frees the bounds as items leave, refuses puts once closed', () => {
    const queue = new BoundedQueue<string>(10, 0);
    expect(queue.poll()).toBeUndefined();
    queue.tryPut('x', 6, 10);
    queue.tryPut('y', 4, 20);
    expect(queue.tryPut('z', 1, 0)).toBe(false);
    expect(queue.poll()).toBe('x');
    expect([queue.length, queue.bytes]).toEqual([4, 20]);
    expect(queue.tryPut('z', 1, 0)).toBe(true);
    queue.close();
    expect(queue.tryPut('w', 1, 0)).toBe(false);
    expect([queue.poll(), queue.poll(), queue.poll()]).toEqual(['y', 'z', undefined]);
    expect([queue.length, queue.bytes]).toEqual([0, 0]);
  });
});
