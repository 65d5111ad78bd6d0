import type { TraceId } from '@spanstream/model';

/** Traces a request may hold before their lookup goes through a map instead of comparing bytes. */
const LINEAR_TRACES = 16;

/**
 * A ResourceSpans or ScopeSpans as the wire has it: a head message (field 1: the resource or the
 * scope), children (field 2: ScopeSpans or spans) and a schema_url (field 3). Offsets into the
 * request; `headStart`/`headStop` and `schemaStart`/`schemaStop` span whole fields (tag, length,
 * content) and are equal when the field is absent.
 */
export interface Envelope {
  headStart: number;
  /** Where the head's content starts; -1 when there is no head. */
  headContent: number;
  headStop: number;
  schemaStart: number;
  schemaStop: number;
  /** Per child: field start (its tag), content start, stop. */
  readonly children: number[];
}

/**
 * Where a request's resources, scopes and spans are, and the trace of each span: what
 * `splitByTrace` needs to rebuild one request per trace from the bytes. Filled by the forwardable
 * scan in its one pass; flat number arrays, so a request of hundreds of spans allocates no object per span.
 */
export class TraceLayout {
  readonly bytes: Buffer;
  /** Per ResourceSpans: resource field start, stop, schema_url field start, stop. */
  readonly resources: number[] = [];
  /** Per ScopeSpans: resource index, scope field start, stop, schema_url field start, stop. */
  readonly scopes: number[] = [];
  /** Per span: field start (its tag), stop, trace index, scope index. */
  readonly spans: number[] = [];
  /** In first-seen order. */
  readonly traceIds: TraceId[] = [];
  /** Offset of each trace's first span's trace ID. */
  readonly #traceAt: number[] = [];
  /** Trace index by ID, once there are more than LINEAR_TRACES. */
  readonly #traceIndex = new Map<string, number>();
  #lastTraceAt = -1;
  #lastTrace = -1;

  constructor(request: Uint8Array) {
    this.bytes = Buffer.isBuffer(request)
      ? request
      : Buffer.from(request.buffer, request.byteOffset, request.byteLength);
  }

  addResource(envelope: Envelope): number {
    this.resources.push(envelope.headStart, envelope.headStop, envelope.schemaStart, envelope.schemaStop);
    return this.resources.length / 4 - 1;
  }

  addScope(resource: number, envelope: Envelope): number {
    const { headStart, headStop, schemaStart, schemaStop } = envelope;
    this.scopes.push(resource, headStart, headStop, schemaStart, schemaStop);
    return this.scopes.length / 5 - 1;
  }

  /** A span field from `start` to `stop` whose 16 trace ID bytes are at `traceAt`. */
  addSpan(start: number, stop: number, traceAt: number, scope: number): void {
    this.spans.push(start, stop, this.#traceOf(traceAt), scope);
  }

  #traceOf(at: number): number {
    const buf = this.bytes;
    const last = this.#lastTraceAt;
    // Spans of one trace mostly come together: compare with the previous span's, then with the
    // first span of each trace seen (few per request), before hashing into the map.
    if (last >= 0 && sameTraceId(buf, at, last)) return this.#lastTrace;
    let index = -1;
    const firsts = this.#traceAt;
    if (firsts.length <= LINEAR_TRACES) {
      for (let t = 0; t < firsts.length && index < 0; t++) if (sameTraceId(buf, at, firsts[t]!)) index = t;
    } else index = this.#traceIndex.get(buf.toString('hex', at, at + 16)) ?? -1;
    if (index < 0) index = this.#addTrace(at);
    this.#lastTraceAt = at;
    this.#lastTrace = index;
    return index;
  }

  #addTrace(at: number): number {
    const index = this.traceIds.length;
    const hex = this.bytes.toString('hex', at, at + 16);
    this.traceIds.push(hex as TraceId);
    this.#traceAt.push(at);
    // Past LINEAR_TRACES traces, lookups go through the map: fill it with every trace so far.
    if (index >= LINEAR_TRACES) {
      if (index === LINEAR_TRACES) this.traceIds.forEach((id, t) => this.#traceIndex.set(id, t));
      else this.#traceIndex.set(hex, index);
    }
    return index;
  }
}

/** A loop rather than `Buffer.compare`: for 16 bytes the native call costs more than the comparison. */
function sameTraceId(buf: Uint8Array, a: number, b: number): boolean {
  for (let i = 0; i < 16; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}
