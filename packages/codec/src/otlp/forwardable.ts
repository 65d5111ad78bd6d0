import type { SanitizerOptions, TraceId } from '@spanstream/model';
import { readSpan, type SpanContext } from './forwardable-span.ts';
import { readResource, readScope } from './forwardable-values.ts';
import * as K from './keys.ts';
import { splitByTrace } from './split-by-trace.ts';
import { TraceLayout, type Envelope } from './trace-layout.ts';
import { LEN, Unproven, UNPROVEN, WireReader } from './wire-reader.ts';

/** What the collector needs to know of an OTLP request it forwards without decoding it. */
export interface ForwardableOtlp {
  /** The request's bytes. */
  readonly request: Uint8Array;
  readonly spans: number;
  /** Spans per service name, in first-seen order. */
  readonly services: Map<string, number>;
  /** The trace IDs of its spans, in first-seen order. */
  readonly traceIds: readonly TraceId[];
  /**
   * The request as one `ExportTraceServiceRequest` per trace of `traceIds` (same order), each with
   * exactly that trace's spans under their resource and scope, re-sliced from the bytes without
   * decoding; the request itself when it holds one trace. A record per trace keeps every trace on
   * its key's partition.
   */
  byTrace(): Uint8Array[];
}

/**
 * Reads an OTLP `ExportTraceServiceRequest` at the wire level, building no objects, and answers
 * whether `decodeOtlpTraces` followed by `sanitizeSpans(…, options)` would keep every span exactly
 * as sent (no rejection, no repair, no warning): then the request's bytes can be forwarded as they
 * are, and this is all the collector needs to count them. Undefined means "not proven": anything
 * unusual (a wire type or a repeated singular field protobufjs would read differently, invalid
 * UTF-8, an ID of the wrong size, a start time outside the window, a negative or overlong
 * duration, a value near a size limit, collector tags to add) sends the request down the full
 * decode path, which repairs or rejects it as before. A property test holds the two paths to the
 * same verdict. The same pass notes where every span is and its trace, for `byTrace`.
 */
export function scanForwardableOtlp(
  bytes: Uint8Array,
  options: SanitizerOptions,
): ForwardableOtlp | undefined {
  if (options.collectorTags.length > 0) return undefined;
  const scan = new Scan(bytes, options);
  try {
    scan.request();
  } catch (error) {
    if (error instanceof Unproven) return undefined;
    throw error;
  }
  const layout = scan.layout;
  if (scan.spans === 0) return undefined;
  return {
    request: bytes,
    spans: scan.spans,
    services: scan.services,
    traceIds: layout.traceIds,
    byTrace: () => (layout.traceIds.length === 1 ? [bytes] : splitByTrace(layout)),
  };
}

/** The request's structure above the spans: ResourceSpans → ScopeSpans → Span. */
class Scan {
  readonly r: WireReader;
  readonly options: SanitizerOptions;
  readonly now: number;
  readonly layout: TraceLayout;
  spans = 0;
  readonly services = new Map<string, number>();

  constructor(bytes: Uint8Array, options: SanitizerOptions) {
    this.r = new WireReader(bytes, options.maxTagValueLength > 0 ? options.maxTagValueLength : Infinity);
    this.options = options;
    this.now = options.now();
    this.layout = new TraceLayout(bytes);
  }

  request(): void {
    const r = this.r;
    const end = r.buf.length;
    while (r.pos < end) {
      const tag = r.varint();
      if (tag === ((1 << 3) | LEN)) this.resourceSpans(r.sub(end));
      else r.skip(tag & 7, end);
    }
    if (r.pos !== end) throw UNPROVEN;
  }

  /**
   * A ResourceSpans or a ScopeSpans, whose wire shapes are the same: a singular head message (1),
   * repeated children (2), a singular schema_url (3). Children are noted, not read, since the
   * head (e.g. the service name) may come after them.
   */
  envelope(end: number): Envelope {
    const r = this.r;
    const envelope: Envelope = {
      headStart: 0,
      headContent: -1,
      headStop: 0,
      schemaStart: 0,
      schemaStop: 0,
      children: [],
    };
    while (r.pos < end) {
      const fieldStart = r.pos;
      const tag = r.varint();
      if (tag === ((1 << 3) | LEN)) {
        if (envelope.headContent >= 0) throw UNPROVEN;
        envelope.headStart = fieldStart;
        envelope.headStop = r.sub(end);
        envelope.headContent = r.pos;
        r.pos = envelope.headStop;
      } else if (tag === ((2 << 3) | LEN)) {
        const stop = r.sub(end);
        envelope.children.push(fieldStart, r.pos, stop);
        r.pos = stop;
      } else if (tag === ((3 << 3) | LEN)) {
        if (envelope.schemaStop > 0) throw UNPROVEN;
        envelope.schemaStart = fieldStart;
        envelope.schemaStop = r.string(end, r.maxValue);
      } else if (tag >>> 3 <= 3) throw UNPROVEN;
      else r.skip(tag & 7, end);
    }
    if (r.pos !== end) throw UNPROVEN;
    return envelope;
  }

  resourceSpans(end: number): void {
    const r = this.r;
    const envelope = this.envelope(end);
    let service = K.NO_SERVICE_NAME;
    let resourceBytes = 0;
    if (envelope.headContent >= 0) {
      r.pos = envelope.headContent;
      service = readResource(r, envelope.headStop);
      resourceBytes = envelope.headStop - envelope.headContent;
    }
    const resource = this.layout.addResource(envelope);
    const { children } = envelope;
    for (let i = 0; i < children.length; i += 3) {
      r.pos = children[i + 1]!;
      this.scopeSpans(children[i + 2]!, service, resourceBytes, resource);
    }
    r.pos = end;
  }

  scopeSpans(end: number, service: string, resourceBytes: number, resource: number): void {
    const r = this.r;
    const envelope = this.envelope(end);
    let scopeAttributes = 0;
    let scopeBytes = 0;
    if (envelope.headContent >= 0) {
      r.pos = envelope.headContent;
      scopeAttributes = readScope(r, envelope.headStop);
      scopeBytes = envelope.headStop - envelope.headContent;
    }
    // The scope's attribute keys become one JSON string tag.
    if (scopeBytes * 2 + 16 > r.maxValue) throw UNPROVEN;
    const scope = this.layout.addScope(resource, envelope);
    const context: SpanContext = {
      options: this.options,
      now: this.now,
      scopeAttributes,
      contextBytes: resourceBytes + scopeBytes,
    };
    const { children } = envelope;
    for (let i = 0; i < children.length; i += 3) {
      r.pos = children[i + 1]!;
      const traceAt = readSpan(r, children[i + 2]!, context);
      this.layout.addSpan(children[i]!, children[i + 2]!, traceAt, scope);
    }
    const count = children.length / 3;
    if (count === 0) return;
    this.spans += count;
    this.services.set(service, (this.services.get(service) ?? 0) + count);
  }
}
