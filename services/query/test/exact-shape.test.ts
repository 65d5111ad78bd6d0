import type { Micros, Span, SpanId, TraceId } from '@spanstream/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './harness.ts';
import { createTestApp } from './harness.ts';

// The whole response body of GET /api/traces/{id}, byte for byte in Jaeger's shape
// (model/json: field order, p1 process IDs, short trace IDs, omitted zero flags, null warnings).
const traceId = '00000000000000000000000000001234' as TraceId;
const process = {
  serviceName: 'frontend',
  tags: [
    { key: 'ip', type: 'int64', value: 0x0a000001n },
    { key: 'hostname', type: 'string', value: 'h1' },
  ],
} as const;
const root: Span = {
  traceId,
  spanId: '0000000000000002' as SpanId,
  operationName: 'GET /x',
  references: [],
  flags: 1,
  startTime: 1485449191639875 as Micros,
  duration: 100 as Micros,
  tags: [
    { key: 'http.status_code', type: 'int64', value: 200n },
    { key: 'error', type: 'bool', value: true },
  ],
  logs: [
    {
      timestamp: 1485449191639875 as Micros,
      fields: [
        { key: 'retries', type: 'int64', value: 9_007_199_254_740_993n },
        { key: 'event', type: 'string', value: 'retry' },
      ],
    },
  ],
  process,
  warnings: [],
};
const child: Span = {
  ...root,
  spanId: '0000000000000003' as SpanId,
  operationName: 'db',
  flags: 0,
  references: [{ refType: 'CHILD_OF', traceId, spanId: root.spanId }],
  startTime: (root.startTime + 10) as Micros,
  duration: 50 as Micros,
  tags: [{ key: 'blob', type: 'binary', value: new Uint8Array([0, 0, 0x30, 0x39]) }],
  logs: [],
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.store.writeSpans([root, child]);
});
afterAll(async () => {
  await t.app.close();
});

describe('exact Jaeger JSON', () => {
  it('GET /api/traces/{id}: adjusted (IP tag dotted, tags and log fields sorted)', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/traces/1234' });
    expect(response.statusCode).toBe(200);
    const processJson =
      '{"serviceName":"frontend","tags":[{"key":"hostname","type":"string","value":"h1"},{"key":"ip","type":"string","value":"10.0.0.1"}]}';
    const rootJson =
      '{"traceID":"0000000000001234","spanID":"0000000000000002","flags":1,"operationName":"GET /x","references":[],' +
      '"startTime":1485449191639875,"duration":100,' +
      '"tags":[{"key":"error","type":"bool","value":true},{"key":"http.status_code","type":"int64","value":200}],' +
      '"logs":[{"timestamp":1485449191639875,"fields":[{"key":"event","type":"string","value":"retry"},{"key":"retries","type":"int64","value":"9007199254740993"}]}],' +
      '"processID":"p1","warnings":null}';
    const childJson =
      '{"traceID":"0000000000001234","spanID":"0000000000000003","operationName":"db",' +
      '"references":[{"refType":"CHILD_OF","traceID":"0000000000001234","spanID":"0000000000000002"}],' +
      '"startTime":1485449191639885,"duration":50,"tags":[{"key":"blob","type":"binary","value":"AAAwOQ=="}],' +
      '"logs":[],"processID":"p1","warnings":null}';
    const spans = JSON.parse(response.body) as { data: { spans: { spanID: string }[] }[] };
    const order = spans.data[0]!.spans.map((s) => s.spanID);
    const spanJson = order.map((id) => (id === root.spanId ? rootJson : childJson)).join(',');
    expect(response.body).toBe(
      `{"data":[{"traceID":"0000000000001234","spans":[${spanJson}],"processes":{"p1":${processJson}},"warnings":null}],` +
        '"total":0,"limit":0,"offset":0,"errors":null}\n',
    );
  });
});
