import { micros, parseSpanId, parseTraceId, type Span } from '@spanstream/model';
import { StorageError, type SpanWriter } from '@spanstream/storage-api';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  silentLogger,
  type DeadLetterError,
  type DeadLetterSink,
  type DecodeOutcome,
  type IncomingMessage,
} from '@spanstream/kafka';
import { IngesterMetrics } from '../metrics/ingester-metrics.ts';
import { OffsetTracker } from '../offsets/offset-tracker.ts';
import { IngestPipeline } from './ingest-pipeline.ts';

function span(n: number): Span {
  return {
    traceId: parseTraceId(n.toString(16))!,
    spanId: parseSpanId((n + 1).toString(16))!,
    operationName: `op-${n}`,
    references: [],
    flags: 1,
    startTime: micros(1_700_000_000_000_000 + n),
    duration: micros(10),
    tags: [],
    logs: [],
    process: { serviceName: 'svc', tags: [] },
    warnings: [],
  };
}

function message(offset: number, value: string): IncomingMessage {
  return {
    topic: 't',
    partition: 0,
    offset,
    key: null,
    value: Buffer.from(value),
    headers: {},
    timestamp: 0,
  };
}

/** Test decode: "span:N" → one span, "bad" → undecodable, "mixed:N" → one span plus one rejected. */
function decode(m: IncomingMessage): DecodeOutcome {
  const text = m.value!.toString();
  if (text.startsWith('span:')) return { ok: true, spans: [span(Number(text.slice(5)))], rejected: [] };
  if (text.startsWith('mixed:')) {
    return {
      ok: true,
      spans: [span(Number(text.slice(6)))],
      rejected: [{ index: 1, reason: 'empty span id' }],
    };
  }
  return { ok: false, reason: 'truncated protobuf' };
}

class ControlledWriter implements SpanWriter {
  readonly calls: { spans: readonly Span[]; resolve: () => void; reject: (e: unknown) => void }[] = [];
  readonly stored = new Set<string>();
  writeSpans(spans: readonly Span[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.calls.push({
        spans,
        resolve: () => {
          for (const s of spans) this.stored.add(s.operationName);
          resolve();
        },
        reject,
      });
    });
  }
}

class RecordingDlq implements DeadLetterSink {
  readonly published: { offset: number; error: DeadLetterError }[] = [];
  publish(m: IncomingMessage, error: DeadLetterError): Promise<void> {
    this.published.push({ offset: m.offset, error });
    return Promise.resolve();
  }
}

/** A DLQ whose publishes take `delayMs` each (a real broker round trip). */
class SlowDlq extends RecordingDlq {
  private readonly delayMs: number;
  constructor(delayMs: number) {
    super();
    this.delayMs = delayMs;
  }
  override publish(m: IncomingMessage, error: DeadLetterError): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.delayMs)).then(() => super.publish(m, error));
  }
}

function setup(
  writer: SpanWriter,
  dlq: RecordingDlq = new RecordingDlq(),
  batchSize = 2,
  tuning: { parallelism?: number; batchLingerMs?: number } = {},
) {
  const progress: number[] = [];
  const pipeline = new IngestPipeline({
    writer,
    decode,
    deadLetters: dlq,
    metrics: new IngesterMetrics(new Registry()),
    logger: silentLogger,
    options: {
      batchSize,
      batchLingerMs: tuning.batchLingerMs ?? 50,
      parallelism: tuning.parallelism ?? 4,
      backoff: { minDelayMs: 10, maxDelayMs: 100 },
    },
    onProgress: (p) => progress.push(p),
  });
  return { pipeline, progress, dlq };
}

function track(tracker: OffsetTracker, messages: IncomingMessage[]): IncomingMessage[] {
  for (const m of messages) tracker.add(m.offset);
  return messages;
}

/** Submits messages of one partition with a fresh tracker holding their offsets, as the consumer does. */
function submitTracked(pipeline: IngestPipeline, messages: IncomingMessage[]): OffsetTracker {
  const tracker = new OffsetTracker();
  pipeline.submit(tracker, track(tracker, messages));
  return tracker;
}

describe('IngestPipeline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes in parallel batches and commits in order even when later batches finish first', async () => {
    const writer = new ControlledWriter();
    const { pipeline } = setup(writer);
    const tracker = new OffsetTracker();
    pipeline.submit(
      tracker,
      track(
        tracker,
        [0, 1, 2, 3, 4, 5].map((o) => message(o, `span:${o + 1}`)),
      ),
    );
    expect(writer.calls.map((c) => c.spans.length)).toEqual([2, 2, 2]);
    writer.calls[2]!.resolve();
    writer.calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(tracker.committable()).toBeUndefined();
    writer.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(tracker.committable()).toBe(6);
    expect(pipeline.inflightBytes()).toBe(0);
  });

  it('flushes a partial batch after the linger time', async () => {
    const writer = new ControlledWriter();
    const { pipeline } = setup(writer, undefined, 100);
    submitTracked(pipeline, [message(0, 'span:1')]);
    expect(writer.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(writer.calls).toHaveLength(1);
  });

  it('retries retriable storage errors with backoff and commits nothing until written', async () => {
    let failures = 3;
    const stored: string[] = [];
    const writer: SpanWriter = {
      writeSpans: (spans) => {
        if (failures-- > 0) return Promise.reject(new StorageError('overloaded', 'es 429'));
        stored.push(...spans.map((s) => s.operationName));
        return Promise.resolve();
      },
    };
    const { pipeline } = setup(writer);
    const tracker = submitTracked(pipeline, [message(0, 'span:1'), message(1, 'span:2')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(pipeline.isRetrying()).toBe(true);
    expect(tracker.committable()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stored).toEqual(['op-1', 'op-2']);
    expect(tracker.committable()).toBe(2);
    expect(pipeline.isRetrying()).toBe(false);
  });

  it('sends undecodable messages to the DLQ and still ingests their neighbours', async () => {
    const writer = new ControlledWriter();
    const { pipeline, dlq } = setup(writer);
    const tracker = submitTracked(pipeline, [
      message(0, 'span:1'),
      message(1, 'garbage'),
      message(2, 'span:3'),
    ]);
    writer.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(dlq.published).toEqual([{ offset: 1, error: { code: 'decode', message: 'truncated protobuf' } }]);
    expect(writer.stored).toEqual(new Set(['op-1', 'op-3']));
    expect(tracker.committable()).toBe(3);
  });

  it('writes a valid span queued behind dead-letter publishes (parallelism 1: they never take its slot)', async () => {
    const writer = new ControlledWriter();
    const dlq = new SlowDlq(5);
    const { pipeline } = setup(writer, dlq, 100, { parallelism: 1, batchLingerMs: 1 });
    const tracker = new OffsetTracker();
    const poison = [1, 2, 3, 4].map((o) => message(o, 'garbage'));
    pipeline.submit(tracker, track(tracker, [message(0, 'span:1'), ...poison]));
    await vi.advanceTimersByTimeAsync(20);
    expect(dlq.published.map((p) => p.offset)).toEqual([1, 2, 3, 4]);
    expect(writer.calls).toHaveLength(1);
    writer.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(writer.stored).toEqual(new Set(['op-1']));
    expect(tracker.committable()).toBe(5);
    expect(pipeline.isIdle()).toBe(true);
  });

  it('does not dead-letter a redelivered message again (re-seek after a restart)', async () => {
    const writer = new ControlledWriter();
    const { pipeline, dlq } = setup(writer);
    for (let round = 0; round < 3; round++) {
      const tracker = submitTracked(pipeline, [message(0, 'garbage'), message(1, 'mixed:2')]);
      await vi.advanceTimersByTimeAsync(100);
      writer.calls[round]!.resolve();
      await vi.advanceTimersByTimeAsync(0);
      expect(tracker.committable()).toBe(2);
    }
    expect(dlq.published.map((p) => [p.offset, p.error.code])).toEqual([
      [0, 'decode'],
      [1, 'rejected-spans'],
    ]);
  });

  it('writes the valid spans of a partly rejected message and dead-letters the message', async () => {
    const writer = new ControlledWriter();
    const { pipeline, dlq } = setup(writer, undefined, 1);
    const tracker = submitTracked(pipeline, [message(0, 'mixed:1')]);
    writer.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(writer.stored).toEqual(new Set(['op-1']));
    expect(dlq.published[0]!.error.code).toBe('rejected-spans');
    expect(tracker.committable()).toBe(1);
  });

  it('isolates a message storage refuses as invalid, so the rest of the batch lands', async () => {
    const stored: string[] = [];
    const writer: SpanWriter = {
      writeSpans: (spans) => {
        if (spans.some((s) => s.operationName === 'op-2')) {
          return Promise.reject(new StorageError('invalid', 'mapper_parsing_exception'));
        }
        stored.push(...spans.map((s) => s.operationName));
        return Promise.resolve();
      },
    };
    const { pipeline, dlq } = setup(writer, undefined, 3);
    const tracker = new OffsetTracker();
    pipeline.submit(
      tracker,
      track(
        tracker,
        [1, 2, 3].map((n) => message(n - 1, `span:${n}`)),
      ),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(stored.sort()).toEqual(['op-1', 'op-3']);
    expect(dlq.published).toEqual([
      { offset: 1, error: { code: 'storage-invalid', message: 'mapper_parsing_exception' } },
    ]);
    expect(tracker.committable()).toBe(3);
  });

  it('on stop abandons failing writes without marking their offsets', async () => {
    const writer: SpanWriter = { writeSpans: () => Promise.reject(new StorageError('unavailable', 'down')) };
    const { pipeline } = setup(writer);
    const tracker = submitTracked(pipeline, [message(0, 'span:1'), message(1, 'span:2')]);
    await vi.advanceTimersByTimeAsync(500);
    pipeline.stop();
    await vi.advanceTimersByTimeAsync(200);
    expect(tracker.committable()).toBeUndefined();
    expect(pipeline.isIdle()).toBe(true);
  });

  it('drain resolves once everything received was written', async () => {
    const writer = new ControlledWriter();
    const { pipeline } = setup(writer, undefined, 10);
    const tracker = submitTracked(pipeline, [message(0, 'span:1')]);
    let drained = false;
    const draining = pipeline.drain().then(() => (drained = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(drained).toBe(false);
    writer.calls[0]!.resolve();
    await draining;
    expect(tracker.committable()).toBe(1);
  });
});
