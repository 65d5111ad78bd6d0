import type { Span, SpanRejection, TraceId } from '@spanstream/model';
import type { SpanWriter } from './storage.ts';

/** What a sink says about a batch it wrote: the spans it can never write (e.g. over max-message-bytes), by index. */
export interface SinkWriteResult {
  readonly rejected: readonly SpanRejection[];
}

/** An OTLP request proven clean at the wire level, as a sink may forward it. */
export interface ForwardableOtlpRequest {
  /** The `ExportTraceServiceRequest` bytes. */
  readonly request: Uint8Array;
  readonly spans: number;
  /** The trace IDs of its spans, in first-seen order. */
  readonly traceIds: readonly TraceId[];
  /**
   * One `ExportTraceServiceRequest` per trace of `traceIds` (same order), each with exactly that
   * trace's spans under their resource and scope; the request itself when it holds one trace.
   */
  byTrace(): readonly Uint8Array[];
}

/**
 * Where the collector sends what it accepted, in two steps (the shape of OpenTelemetry's
 * `SpanExporter`: required methods, then optional ones). `prepare` runs at intake, before the
 * batch waits in the queue, so a sink can turn decoded spans into what it will send (the Kafka
 * writer encodes records there: a queue of bytes is not promoted to V8's old generation the way
 * decoded spans waiting for a broker ack are). `writePrepared` runs later on a worker and may be
 * called again with the same batch after a retriable `StorageError`. `Batch` is the sink's own:
 * the collector never looks inside.
 */
export interface SpanSink<Batch> {
  /**
   * Turns accepted spans into a batch. `otlpRequest` is the OTLP `ExportTraceServiceRequest` the
   * spans were decoded from, given only when they are exactly its content (nothing was sanitized),
   * so a sink may forward those bytes unchanged.
   */
  prepare(spans: readonly Span[], otlpRequest?: Uint8Array): Batch;
  /**
   * A batch of an OTLP `ExportTraceServiceRequest` forwarded as it is, never decoded (the collector
   * proved at the wire level that decoding and sanitizing would change nothing). Only sinks that
   * write those bytes have it; undefined means "decode it after all" (e.g. too large for one record).
   */
  prepareOtlpRequest?(request: ForwardableOtlpRequest): Batch | undefined;
  /** Resolves once the batch is durable; spans it can never write are reported, not thrown. */
  writePrepared(batch: Batch): Promise<SinkWriteResult>;
  /** Sends what the sink buffers; the collector calls it once on stop, after its queue drained. */
  flush?(): Promise<void>;
}

const NOTHING_REJECTED: SinkWriteResult = { rejected: [] };

/** A storage writer as a sink: the batch is the spans themselves, written with one `writeSpans`. */
export function spanWriterSink(writer: SpanWriter): SpanSink<readonly Span[]> {
  return {
    prepare: (spans) => spans,
    async writePrepared(spans) {
      await writer.writeSpans(spans);
      return NOTHING_REJECTED;
    },
  };
}
