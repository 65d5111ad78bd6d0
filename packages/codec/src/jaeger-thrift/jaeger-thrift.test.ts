import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyValue, Micros, Span, SpanId, TraceId } from '@spanstream/model';
import { CodecError } from '../result.ts';
import { decodeJaegerThriftBatch } from './decode-batch.ts';
import { encodeJaegerThriftBatch } from './encode-batch.ts';

const hex = (length: number) =>
  fc
    .string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: length, maxLength: length })
    .filter((s) => /[1-9a-f]/.test(s));

const tag: fc.Arbitrary<KeyValue> = fc.oneof(
  fc.record({ key: fc.string(), type: fc.constant('string' as const), value: fc.string() }),
  fc.record({ key: fc.string(), type: fc.constant('bool' as const), value: fc.boolean() }),
  fc.record({
    key: fc.string(),
    type: fc.constant('int64' as const),
    value: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  }),
  fc.record({
    key: fc.string(),
    type: fc.constant('float64' as const),
    // The thrift package's writeDouble (what jaeger-client sends with) writes -0 as +0: no client can send it.
    value: fc.double({ noNaN: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
  }),
  fc.record({
    key: fc.string(),
    type: fc.constant('binary' as const),
    value: fc.uint8Array({ maxLength: 20 }),
  }),
);

const process = { serviceName: 'billing', tags: [{ key: 'hostname', type: 'string', value: 'h1' }] } as const;

const span: fc.Arbitrary<Span> = fc
  .record({
    traceId: hex(32),
    spanId: hex(16),
    operationName: fc.string(),
    references: fc.array(
      fc.record({
        refType: fc.constantFrom('CHILD_OF' as const, 'FOLLOWS_FROM' as const),
        traceId: hex(32),
        spanId: hex(16),
      }),
      { maxLength: 3 },
    ),
    flags: fc.integer({ min: 0, max: 3 }),
    startTime: fc.integer({ min: 0, max: 2 ** 52 }),
    duration: fc.integer({ min: 0, max: 2 ** 40 }),
    tags: fc.array(tag, { maxLength: 5 }),
    logs: fc.array(
      fc.record({ timestamp: fc.integer({ min: 0, max: 2 ** 52 }), fields: fc.array(tag, { maxLength: 3 }) }),
      {
        maxLength: 2,
      },
    ),
  })
  .map((s) => ({
    ...s,
    traceId: s.traceId as TraceId,
    spanId: s.spanId as SpanId,
    references: s.references.map((r) => ({
      ...r,
      traceId: r.traceId as TraceId,
      spanId: r.spanId as SpanId,
    })),
    startTime: s.startTime as Micros,
    duration: s.duration as Micros,
    logs: s.logs.map((l) => ({ timestamp: l.timestamp as Micros, fields: l.fields })),
    process,
    warnings: [],
  }));

describe('Jaeger Thrift batch codec (thrift TBinaryProtocol)', () => {
  it('round-trips spans through a binary-protocol Batch', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 5 }), (spans) => {
        const decoded = decodeJaegerThriftBatch(encodeJaegerThriftBatch(process, spans));
        expect(decoded.rejected).toEqual([]);
        expect(decoded.spans).toEqual(spans);
      }),
    );
  });

  it('turns parentSpanId into a CHILD_OF reference and rejects zero IDs, keeping neighbours', () => {
    const base = fc.sample(span, 1)[0]!;
    const good = {
      ...base,
      references: [
        { refType: 'CHILD_OF' as const, traceId: base.traceId, spanId: 'aa'.padStart(16, '0') as SpanId },
      ],
    };
    const bytes = encodeJaegerThriftBatch(process, [good, { ...good, spanId: '0'.repeat(16) as SpanId }]);
    const decoded = decodeJaegerThriftBatch(bytes);
    expect(decoded.spans).toEqual([good]);
    expect(decoded.rejected).toEqual([{ index: 1, reason: 'invalid span ID: zero' }]);
  });

  it('throws a CodecError for every truncation of a valid batch', () => {
    const bytes = encodeJaegerThriftBatch(process, fc.sample(span, 3));
    for (let cut = 0; cut < bytes.length; cut += 7) {
      expect(() => decodeJaegerThriftBatch(bytes.subarray(0, cut))).toThrow(CodecError);
    }
  });

  it('never throws anything but CodecError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          decodeJaegerThriftBatch(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(CodecError);
        }
      }),
    );
  });
});
