import {
  SPAN_ENCODINGS,
  encodeRecords,
  type IncomingMessage,
  type SchemaIdentity,
  type SpanEncoding,
} from '@spanstream/kafka';
import { testSpan } from '@spanstream/kafka/test-helpers';
import { describe, expect, it } from 'vitest';
import { createRecordDecoder } from './record-decoder.ts';

const spans = [testSpan(1, 7), testSpan(2, 7), testSpan(3, 9)];

function records(encoding: SpanEncoding, schemaId?: number): IncomingMessage[] {
  const options = { encoding, maxMessageBytes: 1e6, ...(schemaId === undefined ? {} : { schemaId }) };
  return encodeRecords(spans, options).messages.map((m, offset) => ({
    topic: 't',
    partition: 0,
    offset,
    key: Buffer.from(m.key as string),
    value: m.value as Buffer,
    headers: {},
    timestamp: 1_700_000_000_000,
  }));
}

const spanIds = (list: readonly { spanId: string }[]) => list.map((s) => s.spanId).sort();

describe('createRecordDecoder', () => {
  it.each(SPAN_ENCODINGS)(
    'yields every span of %s records, whatever the expected encoding',
    async (encoding) => {
      for (const hint of SPAN_ENCODINGS) {
        const { records: decoded, failures } = await createRecordDecoder(hint)(records(encoding));
        expect(failures).toEqual([]);
        expect(spanIds(decoded.flatMap((r) => r.spans))).toEqual(spanIds(spans));
        expect(decoded[0]!.key).toMatch(/^[0-9a-f]{16,32}$/);
      }
    },
  );

  it.each(['protobuf', 'otlp_proto'] as const)(
    'decodes schema-registry framed %s with and without a registry',
    async (encoding) => {
      const framed = records(encoding, 42);
      expect(framed.every((m) => m.value![0] === 0)).toBe(true);
      const lookups: number[] = [];
      const lookup = (id: number): Promise<SchemaIdentity> => {
        lookups.push(id);
        return Promise.resolve({ kind: 'span', encoding });
      };
      for (const decode of [createRecordDecoder('protobuf'), createRecordDecoder('protobuf', lookup)]) {
        const { records: decoded, failures } = await decode(framed);
        expect(failures).toEqual([]);
        expect(spanIds(decoded.flatMap((r) => r.spans))).toEqual(spanIds(spans));
      }
      expect(lookups.every((id) => id === 42) && lookups.length).toBe(framed.length);
    },
  );

  it('refuses records framed with a schema that is not ours, naming it', async () => {
    const lookup = (): Promise<SchemaIdentity> => Promise.resolve({ kind: 'foreign', type: 'shop.Order' });
    const { records: decoded, failures } = await createRecordDecoder(
      'protobuf',
      lookup,
    )(records('protobuf', 5));
    expect(decoded).toEqual([]);
    expect(failures.map((f) => [f.error.code, f.error.message])).toEqual(
      spans.map(() => ['decode', 'schema 5 frames shop.Order, not spans']),
    );
  });

  it('falls back to the bytes when the registry cannot answer', async () => {
    const { records: decoded } = await createRecordDecoder('protobuf', () => Promise.resolve(undefined))(
      records('otlp_proto', 5),
    );
    expect(spanIds(decoded.flatMap((r) => r.spans))).toEqual(spanIds(spans));
  });

  it('reports a poison record as a decode error and keeps the records beside it', async () => {
    const good = records('protobuf');
    const poison: IncomingMessage = { ...good[0]!, offset: 10, value: Buffer.from([0x0a, 0x10, 1, 2, 3]) };
    const empty: IncomingMessage = { ...good[0]!, offset: 11, value: null };
    const { records: decoded, failures } = await createRecordDecoder('protobuf')([
      good[0]!,
      poison,
      empty,
      good[1]!,
    ]);
    expect(decoded.map((r) => r.offset)).toEqual([0, 1]);
    expect(failures.map((f) => [f.message.offset, f.error.code, f.error.retriable])).toEqual([
      [10, 'decode', false],
      [11, 'decode', false],
    ]);
    expect(failures[1]!.error.message).toBe('empty record value');
  });

  it('yields the valid spans of a partly rejected record and reports the rest as rejected-spans', async () => {
    const body = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'svc' } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId: 'a'.repeat(32),
                  spanId: 'b'.repeat(16),
                  name: 'ok',
                  startTimeUnixNano: '1700000000000000000',
                  endTimeUnixNano: '1700000000001000000',
                },
                { traceId: '', spanId: 'c'.repeat(16), name: 'no trace id' },
              ],
            },
          ],
        },
      ],
    };
    const message: IncomingMessage = { ...records('protobuf')[0]!, value: Buffer.from(JSON.stringify(body)) };
    const { records: decoded, failures } = await createRecordDecoder('otlp_json')([message]);
    expect(decoded[0]!.spans.map((s) => s.operationName)).toEqual(['ok']);
    expect(failures.map((f) => f.error.code)).toEqual(['rejected-spans']);
    expect(failures[0]!.error.message).toMatch(/^span 1: /);
  });
});
