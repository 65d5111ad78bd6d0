import type { KeyValue } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { fromZipkinThrift, type ZipkinThriftSpan } from './thrift-to-model.ts';

const ID = (n: number) => n.toString(16).padStart(16, '0');
const TRACE = `${ID(0)}${ID(1)}`;
const host = (serviceName: string, ipv4 = 0, port = 0) => ({ serviceName, ipv4, port });
const str = (key: string, value: string): KeyValue => ({ key, type: 'string', value });
const int = (key: string, value: bigint): KeyValue => ({ key, type: 'int64', value });

/** Jaeger's own fixture pair model/converter/thrift/zipkin/fixtures/zipkin_01.json → jaeger_01.json. */
const zipkin01: ZipkinThriftSpan[] = [
  {
    traceId: ID(1),
    id: ID(2),
    name: 'test-general-conversion',
    annotations: [
      { timestamp: 0, value: 'some-event', host: host('service-x') },
      { timestamp: 0, value: '' },
      { timestamp: 12345, value: '{"x":"y"}' },
    ],
    binaryAnnotations: [{ key: 'ca', value: new Uint8Array(0), annotationType: 0 }],
    debug: false,
  },
  {
    traceId: ID(1),
    id: ID(2),
    name: 'some-operation',
    annotations: [{ timestamp: 0, value: 'cs', host: host('service-x') }],
    binaryAnnotations: [
      { key: 'sa', value: new Uint8Array(0), annotationType: 0, host: host('service-y', 23456, 80) },
    ],
    debug: false,
  },
  {
    traceId: ID(1),
    id: ID(3),
    parentId: ID(2),
    name: 'some-operation',
    annotations: [{ timestamp: 0, value: 'sr', host: host('service-y') }],
    binaryAnnotations: [
      { key: 'ca', value: new Uint8Array(0), annotationType: 0, host: host('service-x', 23456) },
    ],
    debug: false,
  },
];

const span = (fields: object) => ({
  traceId: TRACE,
  references: [],
  flags: 0,
  startTime: 0,
  duration: 0,
  tags: [],
  logs: [],
  warnings: [],
  ...fields,
});

describe("fromZipkinThrift (Jaeger's Zipkin Thrift ToDomain)", () => {
  it("gives Jaeger's jaeger_01.json for its zipkin_01.json", () => {
    expect(fromZipkinThrift(zipkin01)).toEqual([
      span({
        spanId: ID(2),
        operationName: 'test-general-conversion',
        process: { serviceName: 'service-x', tags: [] },
        logs: [
          { timestamp: 0, fields: [str('event', 'some-event')] },
          { timestamp: 12345, fields: [str('x', 'y')] },
        ],
      }),
      span({
        spanId: ID(2),
        operationName: 'some-operation',
        tags: [
          str('peer.service', 'service-y'),
          int('peer.ipv4', 23456n),
          int('peer.port', 80n),
          str('span.kind', 'client'),
        ],
        process: { serviceName: 'service-x', tags: [] },
      }),
      span({
        spanId: ID(3),
        operationName: 'some-operation',
        references: [{ refType: 'CHILD_OF', traceId: TRACE, spanId: ID(2) }],
        tags: [str('peer.service', 'service-x'), int('peer.ipv4', 23456n), str('span.kind', 'server')],
        process: { serviceName: 'service-y', tags: [] },
      }),
    ]);
  });

  it('reads an unknown annotation type as Jaeger does, and a JSON log that is not all strings as an event', () => {
    const [converted] = fromZipkinThrift([
      {
        traceId: ID(1),
        id: ID(2),
        name: 'x',
        annotations: [{ timestamp: 5, value: '{"n":1}', host: host('svc') }],
        binaryAnnotations: [{ key: 'odd', value: new Uint8Array([7]), annotationType: 9 }],
        debug: false,
      },
    ]);
    expect(converted?.tags).toEqual([
      str('odd', 'Cannot parse Zipkin value Bw==: unknown zipkin annotation type: 9'),
    ]);
    expect(converted?.logs).toEqual([{ timestamp: 5, fields: [str('event', '{"n":1}')] }]);
  });
});
