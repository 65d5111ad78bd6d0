import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodecError } from '../result.ts';
import { decodeZipkinJsonV1, decodeZipkinJsonV2 } from './json.ts';
import { decodeZipkinProto, encodeZipkinProto } from './proto.ts';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

const clientSpan = {
  traceId: '5af7183fb1d4cf5f',
  parentId: '6b221d5bc9e6496c',
  id: '352bff9a74ca9ad2',
  kind: 'CLIENT',
  name: 'get /api',
  timestamp: 1556604172355737,
  duration: 1431,
  debug: true,
  localEndpoint: { serviceName: 'backend', ipv4: '192.168.99.1', port: 3306 },
  remoteEndpoint: { serviceName: 'db', ipv4: '172.19.0.2', port: 3306 },
  annotations: [{ timestamp: 1556604172355800, value: 'wr' }],
  tags: { 'http.method': 'GET', error: 'connection refused' },
};

describe('Zipkin codecs', () => {
  it('maps a v2 JSON span to Jaeger model fields', () => {
    const { spans, rejected } = decodeZipkinJsonV2(json([clientSpan]));
    expect(rejected).toEqual([]);
    expect(spans[0]).toEqual({
      traceId: '00000000000000005af7183fb1d4cf5f',
      spanId: '352bff9a74ca9ad2',
      operationName: 'get /api',
      references: [
        { refType: 'CHILD_OF', traceId: '00000000000000005af7183fb1d4cf5f', spanId: '6b221d5bc9e6496c' },
      ],
      flags: 3,
      startTime: 1556604172355737,
      duration: 1431,
      tags: [
        { key: 'span.kind', type: 'string', value: 'client' },
        { key: 'peer.service', type: 'string', value: 'db' },
        { key: 'peer.ipv4', type: 'string', value: '172.19.0.2' },
        { key: 'peer.port', type: 'int64', value: 3306n },
        { key: 'http.method', type: 'string', value: 'GET' },
        { key: 'error', type: 'bool', value: true },
        { key: 'error.message', type: 'string', value: 'connection refused' },
      ],
      logs: [{ timestamp: 1556604172355800, fields: [{ key: 'event', type: 'string', value: 'wr' }] }],
      process: { serviceName: 'backend', tags: [{ key: 'ip', type: 'string', value: '192.168.99.1' }] },
      warnings: [],
    });
  });

  it('decodes proto3 ListOfSpans to the same spans as the JSON form', () => {
    const bytes = encodeZipkinProto([
      {
        traceId: Buffer.from('5af7183fb1d4cf5f', 'hex'),
        parentId: Buffer.from('6b221d5bc9e6496c', 'hex'),
        id: Buffer.from('352bff9a74ca9ad2', 'hex'),
        kind: 'CLIENT',
        name: 'get /api',
        timestamp: 1556604172355737,
        duration: 1431,
        debug: true,
        localEndpoint: { serviceName: 'backend', ipv4: Buffer.from([192, 168, 99, 1]), port: 3306 },
        remoteEndpoint: { serviceName: 'db', ipv4: Buffer.from([172, 19, 0, 2]), port: 3306 },
        annotations: [{ timestamp: 1556604172355800, value: 'wr' }],
        tags: { 'http.method': 'GET', error: 'connection refused' },
      },
    ]);
    expect(decodeZipkinProto(bytes)).toEqual(decodeZipkinJsonV2(json([clientSpan])));
  });

  it('decodes a proto3 span without endpoints (absent messages), as Brave sends a local span', () => {
    const span = {
      traceId: '5af7183fb1d4cf5f',
      id: '352bff9a74ca9ad2',
      name: 'local',
      timestamp: 10,
      duration: 5,
    };
    const bytes = encodeZipkinProto([
      { ...span, traceId: Buffer.from(span.traceId, 'hex'), id: Buffer.from(span.id, 'hex') },
    ]);
    const decoded = decodeZipkinProto(bytes);
    expect(decoded.rejected).toEqual([]);
    expect(decoded).toEqual(decodeZipkinJsonV2(json([span])));
  });

  it('converts v1 JSON (core and binary annotations) to a server span', () => {
    const ep = { serviceName: 'frontend', ipv4: '10.0.0.1', port: 8080 };
    const { spans } = decodeZipkinJsonV1(
      json([
        {
          traceId: 'a',
          id: 'b',
          name: 'get',
          annotations: [
            { timestamp: 100, value: 'sr', endpoint: ep },
            { timestamp: 150, value: 'cache miss', endpoint: ep },
            { timestamp: 300, value: 'ss', endpoint: ep },
          ],
          binaryAnnotations: [
            { key: 'http.path', value: '/x', endpoint: ep },
            { key: 'ca', value: true, endpoint: { serviceName: 'browser', ipv4: '1.2.3.4' } },
          ],
        },
      ]),
    );
    const span = spans[0]!;
    expect(span.startTime).toBe(100);
    expect(span.duration).toBe(200);
    expect(span.process.serviceName).toBe('frontend');
    expect(span.tags).toContainEqual({ key: 'span.kind', type: 'string', value: 'server' });
    expect(span.tags).toContainEqual({ key: 'peer.service', type: 'string', value: 'browser' });
    expect(span.tags).toContainEqual({ key: 'http.path', type: 'string', value: '/x' });
    expect(span.logs).toEqual([
      { timestamp: 150, fields: [{ key: 'event', type: 'string', value: 'cache miss' }] },
    ]);
  });

  it('rejects bad spans by index and keeps neighbours', () => {
    const { spans, rejected } = decodeZipkinJsonV2(
      json([clientSpan, { ...clientSpan, id: 'zz' }, 42, { ...clientSpan, traceId: '0' }]),
    );
    expect(spans).toHaveLength(1);
    expect(rejected.map((r) => r.index)).toEqual([1, 2, 3]);
  });

  it('throws CodecError for malformed payloads, never anything else', () => {
    expect(() => decodeZipkinJsonV2(json({ not: 'an array' }))).toThrow(CodecError);
    expect(() => decodeZipkinJsonV1(new TextEncoder().encode('[{'))).toThrow(CodecError);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeZipkinProto(bytes);
          decodeZipkinJsonV2(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(CodecError);
        }
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.anything()), (items) => {
        const result = decodeZipkinJsonV2(json(items));
        expect(result.spans.length + result.rejected.length).toBe(items.length);
      }),
    );
  });
});
