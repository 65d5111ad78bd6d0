import { decodePostSpansRequest } from '@spanstream/codec';
import type { KeyValue } from '@spanstream/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitZipkinBatch, i64, type ThriftEndpoint, type ThriftSpan } from '../../test/zipkin-thrift.ts';
import { BinaryReader } from '../thrift/binary-reader.ts';
import { CompactReader } from '../thrift/compact-reader.ts';
import { ThriftError } from '../thrift/thrift-reader.ts';
import { EmitBatchTranscoder } from './emit-batch.ts';

const readerFor = (protocol: 'compact' | 'binary', bytes: Uint8Array) =>
  protocol === 'compact' ? new CompactReader(bytes) : new BinaryReader(bytes);

const T0 = 1_700_000_000_000_000n;
// 192.168.0.1 as the signed i32 Zipkin sends.
const web: ThriftEndpoint = { ipv4: (192 << 24) | (168 << 16) | 1, port: 8080, service_name: 'web' };
const db: ThriftEndpoint = { ipv4: 0x0a000002, port: 5432, service_name: 'postgres' };
const be = (write: (b: Buffer) => void, size: number) => {
  const b = Buffer.alloc(size);
  write(b);
  return b;
};

/** A client span as a Zipkin-era tracer logs it: cs/cr with its host, `sa`, typed binary annotations. */
const clientSpan: ThriftSpan = {
  trace_id: i64(0x0102030405060708n),
  trace_id_high: i64(-1n),
  name: 'select',
  id: i64(0x0aa0n),
  parent_id: i64(0x0bb0n),
  annotations: [
    { timestamp: i64(T0), value: 'cs', host: web },
    { timestamp: i64(T0 + 10n), value: 'retrying', host: web },
    { timestamp: i64(T0 + 20n), value: '{"event":"cache miss","key":"k1"}', host: web },
    { timestamp: i64(T0 + 500n), value: 'cr', host: web },
  ],
  binary_annotations: [
    { key: 'lc', value: Buffer.from('pg-client'), annotation_type: 'STRING', host: web },
    { key: 'sa', value: Buffer.from([1]), annotation_type: 'BOOL', host: db },
    { key: 'db.statement', value: Buffer.from('select 1'), annotation_type: 'STRING' },
    { key: 'cached', value: Buffer.from([1]), annotation_type: 'BOOL' },
    { key: 'rows', value: be((b) => b.writeInt32BE(-3), 4), annotation_type: 'I32' },
    { key: 'shard', value: be((b) => b.writeInt16BE(7), 2), annotation_type: 'I16' },
    { key: 'bytes', value: be((b) => b.writeBigInt64BE(2n ** 60n), 8), annotation_type: 'I64' },
    { key: 'ratio', value: be((b) => b.writeDoubleBE(0.25), 8), annotation_type: 'DOUBLE' },
    { key: 'blob', value: Buffer.from([0, 255]), annotation_type: 'BYTES' },
    { key: 'short', value: Buffer.from([1, 2]), annotation_type: 'I32' },
    { key: 'jaegerClient', value: Buffer.from('Java-0.20'), annotation_type: 'STRING' },
    { key: 'jaeger.hostname', value: Buffer.from('h7'), annotation_type: 'STRING' },
  ],
  debug: true,
};

const str = (key: string, value: string): KeyValue => ({ key, type: 'string', value });
const int = (key: string, value: bigint): KeyValue => ({ key, type: 'int64', value });

function transcode(spans: ThriftSpan[], protocol: 'compact' | 'binary', agentTags: KeyValue[] = []) {
  const transcoder = new EmitBatchTranscoder(new Uint8Array(0), agentTags);
  const batch = transcoder.transcode(readerFor(protocol, emitZipkinBatch(spans, protocol)));
  return { batch, decoded: decodePostSpansRequest(batch.request) };
}

describe('EmitBatchTranscoder: emitZipkinBatch (zipkincore.thrift) → PostSpansRequest', () => {
  for (const protocol of ['compact', 'binary'] as const) {
    it(`converts a client span as Jaeger's Zipkin Thrift translator does (${protocol})`, () => {
      const { batch, decoded } = transcode([clientSpan], protocol, [str('cluster', 'c1')]);
      expect(batch.format).toBe('zipkin');
      expect(batch.spans).toBe(1);
      expect(decoded.rejected).toEqual([]);
      expect(decoded.spans).toEqual([
        {
          traceId: 'ffffffffffffffff0102030405060708',
          spanId: '0000000000000aa0',
          operationName: 'select',
          references: [
            { refType: 'CHILD_OF', traceId: 'ffffffffffffffff0102030405060708', spanId: '0000000000000bb0' },
          ],
          flags: 2,
          startTime: Number(T0),
          duration: 500,
          tags: [
            str('component', 'pg-client'),
            str('peer.service', 'postgres'),
            int('peer.ipv4', 0x0a000002n),
            int('peer.port', 5432n),
            str('db.statement', 'select 1'),
            { key: 'cached', type: 'bool', value: true },
            int('rows', -3n),
            int('shard', 7n),
            int('bytes', 2n ** 60n),
            { key: 'ratio', type: 'float64', value: 0.25 },
            { key: 'blob', type: 'binary', value: new Uint8Array([0, 255]) },
            str('short', 'Cannot parse Zipkin value AQI=: unexpected EOF'),
            str('span.kind', 'client'),
          ],
          logs: [
            { timestamp: Number(T0 + 10n), fields: [str('event', 'retrying')] },
            { timestamp: Number(T0 + 20n), fields: [str('event', 'cache miss'), str('key', 'k1')] },
          ],
          process: {
            serviceName: 'web',
            tags: [
              str('jaeger.version', 'Java-0.20'),
              str('hostname', 'h7'),
              // Jaeger widens the signed i32: 192.168.0.1 stays negative.
              int('ip', BigInt(web.ipv4)),
              str('cluster', 'c1'),
            ],
          },
          warnings: [],
        },
      ]);
    });
  }

  it('splits a span both sides logged (cs, sr, ss, cr) into a client span and a server span', () => {
    const shared: ThriftSpan = {
      trace_id: i64(5n),
      name: 'GET /cart',
      id: i64(6n),
      annotations: [
        { timestamp: i64(T0), value: 'cs', host: web },
        { timestamp: i64(T0 + 100n), value: 'sr', host: db },
        { timestamp: i64(T0 + 400n), value: 'ss', host: db },
        { timestamp: i64(T0 + 600n), value: 'cr', host: web },
      ],
      binary_annotations: [],
    };
    const { decoded } = transcode([shared], 'compact');
    const [client, server] = decoded.spans;
    expect(decoded.spans).toHaveLength(2);
    expect(client).toMatchObject({
      spanId: '0000000000000006',
      startTime: Number(T0),
      duration: 600,
      tags: [str('span.kind', 'client')],
      flags: 0,
      process: { serviceName: 'web' },
    });
    expect(server).toMatchObject({
      spanId: '0000000000000006',
      startTime: Number(T0 + 100n),
      duration: 300,
      tags: [str('span.kind', 'server')],
      logs: [],
      process: { serviceName: 'web' },
    });
  });

  it('takes timestamp and duration from the span when set, and names an unknown service as Jaeger does', () => {
    const local: ThriftSpan = {
      trace_id: i64(9n),
      name: 'compute',
      id: i64(10n),
      parent_id: i64(0n),
      annotations: [],
      binary_annotations: [{ key: 'answer', value: Buffer.from('42'), annotation_type: 'STRING' }],
      timestamp: i64(T0),
      duration: i64(77n),
    };
    const [span] = transcode([local], 'binary').decoded.spans;
    expect(span).toMatchObject({
      references: [],
      startTime: Number(T0),
      duration: 77,
      tags: [str('answer', '42')],
      process: { serviceName: 'unknown-service-name', tags: [] },
      warnings: [
        'cannot find service name in Zipkin span [traceID=0000000000000009, spanID=000000000000000a]',
      ],
    });
  });

  for (const protocol of ['compact', 'binary'] as const) {
    it(`refuses every truncation and corrupted emitZipkinBatch with a ThriftError only (${protocol})`, () => {
      const transcoder = new EmitBatchTranscoder();
      const datagram = emitZipkinBatch([clientSpan, clientSpan], protocol);
      for (let length = 0; length < datagram.length; length++) {
        expect(() => transcoder.transcode(readerFor(protocol, datagram.subarray(0, length)))).toThrow(
          ThriftError,
        );
      }
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (noise, at) => {
          const corrupted = Uint8Array.from(datagram);
          corrupted.set(
            noise.subarray(0, Math.max(0, corrupted.length - (at % corrupted.length))),
            at % corrupted.length,
          );
          try {
            transcoder.transcode(readerFor(protocol, corrupted));
          } catch (error) {
            expect(error).toBeInstanceOf(ThriftError);
          }
        }),
      );
    });
  }
});
