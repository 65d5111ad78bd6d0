import type { KeyValue } from '@spanstream/model';
import { ProtoSink } from './proto-sink.ts';
import { T, ThriftError, type ThriftReader } from '../thrift/thrift-reader.ts';
import { transcodeZipkinBatch } from './zipkin-batch.ts';

/** What a datagram carried: Jaeger's `emitBatch` or a Zipkin-era client's `emitZipkinBatch`. */
export type BatchFormat = 'jaeger' | 'zipkin';

export interface TranscodedBatch {
  readonly request: Uint8Array;
  readonly spans: number;
  readonly format: BatchFormat;
}

/** jaeger.thrift TagType → api_v2 ValueType (STRING, DOUBLE, BOOL, LONG, BINARY → 0, 3, 1, 2, 4). */
const VALUE_TYPE = [0, 3, 1, 2, 4] as const;

/**
 * One `Agent.emitBatch(Batch)` datagram → the collector's `PostSpansRequest` protobuf, in one pass
 * and without building span objects (the agent's hot path): api_v2 fields are written as the Thrift
 * fields are read, strings copied byte for byte. Jaeger's Thrift→domain rules apply: a
 * `parentSpanId` becomes a leading CHILD_OF reference unless the references already name it;
 * references with zero IDs are dropped. `processTags` (`--agent.tags`, pre-encoded api_v2 KeyValue
 * fields) are appended to the batch's process.
 */
export class EmitBatchTranscoder {
  readonly #sink = new ProtoSink();
  readonly #processTags: Uint8Array;
  readonly #agentTags: readonly KeyValue[];
  /** References of the current span: [type, traceHighHi, traceHighLo, traceLowHi, traceLowLo, idHi, idLo]… */
  #refs: number[] = [];
  #spans = 0;

  /** `processTags` are `agentTags` pre-encoded as api_v2 Process fields (the emitBatch hot path). */
  constructor(processTags: Uint8Array = new Uint8Array(0), agentTags: readonly KeyValue[] = []) {
    this.#processTags = processTags;
    this.#agentTags = agentTags;
  }

  /**
   * Throws a ThriftError for anything but a well-formed `emitBatch` or `emitZipkinBatch` (both
   * methods of Jaeger's `Agent` service, taken on every port as Jaeger's agent processor does).
   */
  transcode(r: ThriftReader): TranscodedBatch {
    const method = r.messageBegin();
    if (method === 'emitZipkinBatch')
      return { ...transcodeZipkinBatch(r, this.#agentTags), format: 'zipkin' };
    if (method !== 'emitBatch') throw new ThriftError(`unsupported method ${JSON.stringify(method)}`);
    const sink = this.#sink;
    sink.reset();
    this.#spans = 0;
    const batchMark = sink.begin(1); // PostSpansRequest.batch
    let sawBatch = false;
    r.structBegin(); // emitBatch_args
    for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
      if (r.fieldId === 1 && t === T.STRUCT) {
        this.#batch(r);
        sawBatch = true;
      } else r.skip(t);
    }
    r.structEnd();
    if (!sawBatch) throw new ThriftError('emitBatch without a batch');
    sink.end(batchMark);
    return { request: sink.finish(), spans: this.#spans, format: 'jaeger' };
  }

  #batch(r: ThriftReader): void {
    const sink = this.#sink;
    let sawProcess = false;
    r.structBegin();
    for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
      if (r.fieldId === 1 && t === T.STRUCT) {
        this.#process(r);
        sawProcess = true;
      } else if (r.fieldId === 2 && t === T.LIST) {
        const size = r.listBegin();
        if (r.elemType !== T.STRUCT) for (let i = 0; i < size; i++) r.skip(r.elemType);
        else for (let i = 0; i < size; i++) this.#span(r);
      } else r.skip(t);
    }
    r.structEnd();
    if (!sawProcess) {
      const mark = sink.begin(2);
      sink.raw(this.#processTags);
      sink.end(mark);
    }
  }

  #process(r: ThriftReader): void {
    const sink = this.#sink;
    const mark = sink.begin(2); // Batch.process
    r.structBegin();
    for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
      if (r.fieldId === 1 && t === T.STRING) {
        r.binary();
        sink.bytes(1, r.buf, r.start, r.pos);
      } else if (r.fieldId === 2 && t === T.LIST) this.#tags(r, 2);
      else r.skip(t);
    }
    r.structEnd();
    sink.raw(this.#processTags);
    sink.end(mark);
  }

  #tags(r: ThriftReader, field: number): void {
    const size = r.listBegin();
    if (r.elemType !== T.STRUCT) {
      for (let i = 0; i < size; i++) r.skip(r.elemType);
      return;
    }
    for (let i = 0; i < size; i++) this.#tag(r, field);
  }

  /** A Tag → KeyValue; only the value field its vType names is written, as Jaeger's converter reads it. */
  #tag(r: ThriftReader, field: number): void {
    const sink = this.#sink;
    const mark = sink.begin(field);
    let vType = 0;
    let strStart = 0;
    let strEnd = 0;
    let binStart = 0;
    let binEnd = 0;
    let vDouble = 0;
    let vBool = false;
    let longHi = 0;
    let longLo = 0;
    r.structBegin();
    for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
      const id = r.fieldId;
      if (id === 1 && t === T.STRING) {
        r.binary();
        sink.bytes(1, r.buf, r.start, r.pos);
      } else if (id === 2 && t === T.I32) vType = r.i32();
      else if (id === 3 && t === T.STRING) {
        r.binary();
        strStart = r.start;
        strEnd = r.pos;
      } else if (id === 4 && t === T.DOUBLE) vDouble = r.double();
      else if (id === 5 && t === T.BOOL) vBool = r.bool();
      else if (id === 6 && t === T.I64) {
        r.i64();
        longHi = r.hi;
        longLo = r.lo;
      } else if (id === 7 && t === T.STRING) {
        r.binary();
        binStart = r.start;
        binEnd = r.pos;
      } else r.skip(t);
    }
    r.structEnd();
    const type = VALUE_TYPE[vType] ?? 0;
    if (type !== 0) {
      sink.tag(2, 0);
      sink.varint(type);
    }
    if (type === 0 && strEnd > strStart) sink.bytes(3, r.buf, strStart, strEnd);
    else if (type === 1 && vBool) {
      sink.tag(4, 0);
      sink.varint(1);
    } else if (type === 2 && (longHi | longLo) !== 0) {
      sink.tag(5, 0);
      sink.varint64(longHi, longLo);
    } else if (type === 3 && vDouble !== 0) sink.double(6, vDouble);
    else if (type === 4 && binEnd > binStart) sink.bytes(7, r.buf, binStart, binEnd);
    sink.end(mark);
  }

  #log(r: ThriftReader): void {
    const sink = this.#sink;
    const mark = sink.begin(9); // Span.logs
    r.structBegin();
    for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
      if (r.fieldId === 1 && t === T.I64) {
        r.i64();
        sink.micros(1, r.i64Number());
      } else if (r.fieldId === 2 && t === T.LIST) this.#tags(r, 2);
      else r.skip(t);
    }
    r.structEnd();
    sink.end(mark);
  }

  #ref(r: ThriftReader): void {
    let type = 0;
    let tlHi = 0;
    let tlLo = 0;
    let thHi = 0;
    let thLo = 0;
    let idHi = 0;
    let idLo = 0;
    r.structBegin();
    for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
      const id = r.fieldId;
      if (id === 1 && t === T.I32) type = r.i32();
      else if (id >= 2 && id <= 4 && t === T.I64) {
        r.i64();
        if (id === 2) {
          tlHi = r.hi;
          tlLo = r.lo;
        } else if (id === 3) {
          thHi = r.hi;
          thLo = r.lo;
        } else {
          idHi = r.hi;
          idLo = r.lo;
        }
      } else r.skip(t);
    }
    r.structEnd();
    if ((tlHi | tlLo | thHi | thLo) === 0 || (idHi | idLo) === 0) return;
    this.#refs.push(type === 1 ? 1 : 0, thHi, thLo, tlHi, tlLo, idHi, idLo);
  }

  #writeRef(refs: readonly number[], i: number): void {
    const sink = this.#sink;
    const mark = sink.begin(4); // Span.references
    sink.traceId(1, refs[i + 1]!, refs[i + 2]!, refs[i + 3]!, refs[i + 4]!);
    sink.spanId(2, refs[i + 5]!, refs[i + 6]!);
    if (refs[i] === 1) {
      sink.tag(3, 0);
      sink.varint(1);
    }
    sink.end(mark);
  }

  /** One Span, field by field; IDs and references are written at its end, once all are known. */
  #span(r: ThriftReader): void {
    const sink = this.#sink;
    const mark = sink.begin(1); // Batch.spans
    let lowHi = 0;
    let lowLo = 0;
    let highHi = 0;
    let highLo = 0;
    let idHi = 0;
    let idLo = 0;
    let parentHi = 0;
    let parentLo = 0;
    const refs = this.#refs;
    refs.length = 0;
    r.structBegin();
    for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
      const id = r.fieldId;
      if (t === T.I64 && id >= 1 && id <= 4) {
        r.i64();
        if (id === 1) {
          lowHi = r.hi;
          lowLo = r.lo;
        } else if (id === 2) {
          highHi = r.hi;
          highLo = r.lo;
        } else if (id === 3) {
          idHi = r.hi;
          idLo = r.lo;
        } else {
          parentHi = r.hi;
          parentLo = r.lo;
        }
      } else if (id === 5 && t === T.STRING) {
        r.binary();
        sink.bytes(3, r.buf, r.start, r.pos);
      } else if (id === 6 && t === T.LIST) {
        const size = r.listBegin();
        if (r.elemType !== T.STRUCT) for (let i = 0; i < size; i++) r.skip(r.elemType);
        else for (let i = 0; i < size; i++) this.#ref(r);
      } else if (id === 7 && t === T.I32) {
        const flags = r.i32() >>> 0;
        if (flags !== 0) {
          sink.tag(5, 0);
          sink.varint(flags);
        }
      } else if ((id === 8 || id === 9) && t === T.I64) {
        r.i64();
        sink.micros(id === 8 ? 6 : 7, r.i64Number());
      } else if (id === 10 && t === T.LIST) this.#tags(r, 8);
      else if (id === 11 && t === T.LIST) {
        const size = r.listBegin();
        if (r.elemType !== T.STRUCT) for (let i = 0; i < size; i++) r.skip(r.elemType);
        else for (let i = 0; i < size; i++) this.#log(r);
      } else r.skip(t);
    }
    r.structEnd();
    sink.traceId(1, highHi, highLo, lowHi, lowLo);
    sink.spanId(2, idHi, idLo);
    if ((parentHi | parentLo) !== 0 && !hasParent(refs, highHi, highLo, lowHi, lowLo, parentHi, parentLo)) {
      refs.unshift(0, highHi, highLo, lowHi, lowLo, parentHi, parentLo);
    }
    for (let i = 0; i < refs.length; i += 7) this.#writeRef(refs, i);
    sink.end(mark);
    this.#spans++;
  }
}

function hasParent(
  refs: readonly number[],
  highHi: number,
  highLo: number,
  lowHi: number,
  lowLo: number,
  idHi: number,
  idLo: number,
): boolean {
  for (let i = 0; i < refs.length; i += 7) {
    if (
      refs[i + 1] === highHi &&
      refs[i + 2] === highLo &&
      refs[i + 3] === lowHi &&
      refs[i + 4] === lowLo &&
      refs[i + 5] === idHi &&
      refs[i + 6] === idLo
    )
      return true;
  }
  return false;
}
