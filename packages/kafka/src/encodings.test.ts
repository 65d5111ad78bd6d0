import fc from 'fast-check';
import { parseTraceId } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { goldenModelJsonSpan } from '@spanstream/codec/testing';
import { testSpan } from '../test/helpers.ts';
import { SPAN_ENCODINGS, decodeMessage, detectEncoding, type SpanEncoding } from './encodings.ts';
import { encodeRecords, recordKey } from './record-encoder.ts';
import { spanCodec } from './span-codec.ts';

const spans = [testSpan(1, 7), testSpan(2, 7), testSpan(3, 9)];

function valuesOf(encoding: SpanEncoding, schemaId?: number): Buffer[] {
  const options = { encoding, maxMessageBytes: 1_000_000, ...(schemaId === undefined ? {} : { schemaId }) };
  return encodeRecords(spans, options).messages.map((m) => m.value as Buffer);
}

/** What the golden span of `@spanstream/codec/testing` decodes to, from any encoding. */
const GOLDEN_DECODED = {
  traceId: '00000000000000000000000000000011',
  spanId: '0000000000000003',
  operationName: 'GET /x',
  references: [{ refType: 'CHILD_OF', spanId: '0000000000000002' }],
  startTime: 1485449191639875,
  duration: 100,
  process: { serviceName: 'svc' },
};

describe('record encodings', () => {
  it.each(SPAN_ENCODINGS)('auto-detects and decodes %s whatever the hint', (encoding) => {
    for (const hint of SPAN_ENCODINGS) {
      const decoded = valuesOf(encoding).flatMap((value) => {
        const outcome = decodeMessage({ value }, hint);
        if (!outcome.ok) throw new Error(outcome.reason);
        return outcome.spans;
      });
      expect(decoded.map((s) => s.spanId).sort()).toEqual(spans.map((s) => s.spanId).sort());
    }
  });

  it.each(SPAN_ENCODINGS)(
    '%s: OTLP encodings carry array and map values typed, Jaeger ones as JSON text',
    (encoding) => {
      const structured = {
        key: 'list',
        type: 'string',
        value: '["a",1]',
        structured: {
          type: 'array',
          values: [
            { type: 'string', value: 'a' },
            { type: 'int64', value: 1n },
          ],
        },
      } as const;
      const span = testSpan(1, 7, { tags: [structured] });
      const options = { encoding, maxMessageBytes: 1_000_000 };
      const decoded = encodeRecords([span], options).messages.flatMap((message) => {
        const outcome = decodeMessage({ value: message.value as Buffer }, encoding);
        if (!outcome.ok) throw new Error(outcome.reason);
        return outcome.spans;
      });
      const otlp = encoding === 'otlp_proto' || encoding === 'otlp_json';
      expect(decoded[0]?.tags).toContainEqual(
        otlp ? structured : { key: 'list', type: 'string', value: '["a",1]' },
      );
    },
  );

  it("reads a record exactly as Jaeger's collector writes it with --kafka.producer.encoding=json", () => {
    const jaegerJson = JSON.stringify({
      ...goldenModelJsonSpan,
      tags: [
        { key: 'http.status_code', vType: 'INT64', vInt64: '200' },
        { key: 'span.kind', vStr: 'server' },
      ],
    });
    const outcome = decodeMessage({ value: Buffer.from(jaegerJson) }, 'protobuf');
    if (!outcome.ok) throw new Error(outcome.reason);
    const [decoded] = outcome.spans;
    expect(decoded).toMatchObject(GOLDEN_DECODED);
    expect(decoded!.tags).toEqual([
      { key: 'http.status_code', type: 'int64', value: 200n },
      { key: 'span.kind', type: 'string', value: 'server' },
    ]);
  });

  it("reads a record as Jaeger v2's Kafka exporter writes it with encoding otlp_json", () => {
    const otlpJson = JSON.stringify({
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'svc' } }] },
          scopeSpans: [
            {
              scope: {},
              spans: [
                {
                  traceId: '00000000000000000000000000000011',
                  spanId: '0000000000000003',
                  parentSpanId: '0000000000000002',
                  name: 'GET /x',
                  kind: 2,
                  startTimeUnixNano: '1485449191639875000',
                  endTimeUnixNano: '1485449191639975000',
                  attributes: [{ key: 'http.status_code', value: { intValue: '200' } }],
                  status: {},
                },
              ],
            },
          ],
        },
      ],
    });
    for (const hint of SPAN_ENCODINGS) {
      const outcome = decodeMessage({ value: Buffer.from(otlpJson) }, hint);
      if (!outcome.ok) throw new Error(outcome.reason);
      expect(outcome.spans[0]).toMatchObject(GOLDEN_DECODED);
    }
  });

  it('decodes schema-registry framed protobuf (magic byte 0)', () => {
    const [value] = valuesOf('protobuf', 42);
    expect(detectEncoding(value!)).toBe('confluent');
    const outcome = decodeMessage({ value: value! }, 'json');
    expect(outcome.ok && outcome.spans[0]).toEqual(spans[0]);
  });

  it('keys records by trace ID as Jaeger (16 hex chars when the high half is zero) and groups otlp_proto per trace', () => {
    const records = encodeRecords(spans, { encoding: 'otlp_proto', maxMessageBytes: 1_000_000 }).messages;
    expect(records.map((r) => r.key)).toEqual([spans[0]!.traceId, spans[2]!.traceId]);
    expect(recordKey(parseTraceId('abc')!)).toBe('0000000000000abc');
  });

  it('turns poison into a reason, never an exception', () => {
    const truncated = valuesOf('protobuf')[0]!.subarray(0, 30);
    const process = spanCodec.jaegerProto(spans[0]!).subarray(0, 0);
    const cases: [string, Buffer | null][] = [
      ['null value', null],
      ['empty', Buffer.alloc(0)],
      ['random bytes', Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x01, 0x02, 0x03])],
      ['truncated protobuf', truncated],
      ['invalid JSON', Buffer.from('{"traceId":')],
      ['JSON of another shape', Buffer.from('{"hello":"world"}')],
      ['bad framing', Buffer.from([0, 0, 0, 0, 1, 0x7f])],
      ['empty proto', Buffer.from(process)],
    ];
    for (const [, value] of cases) {
      const outcome = decodeMessage({ value }, 'protobuf');
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.reason.length).toBeGreaterThan(0);
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const outcome = decodeMessage({ value: Buffer.from(bytes) }, 'protobuf');
        if (outcome.ok) expect(outcome.spans.length).toBeGreaterThan(0);
      }),
    );
  });
});
