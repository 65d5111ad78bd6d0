import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeOtlpTraces, toOtlpJson } from '@spanstream/codec';
import {
  REMOVE,
  jsonPaths,
  now,
  thriftBatch,
  withField,
  writeThriftStruct,
  zipkinV1,
  zipkinV2,
} from '@spanstream/codec/testing';
import type { Collector } from '../src/collector.ts';
import { RecordingWriter, startCollector, testSpan } from './support.ts';

const writer = new RecordingWriter();
let collector: Collector;
let url: string;
let zipkinUrl: string;
let thriftUrl: string;

beforeAll(async () => {
  collector = startCollector(writer, {
    otlpHttpHostPort: { host: '127.0.0.1', port: 0 },
    zipkinHostPort: { host: '127.0.0.1', port: 0 },
    httpHostPort: { host: '127.0.0.1', port: 0 },
    maxRequestBytes: 64 * 1024 * 1024,
    queueSize: 2000,
  }).collector;
  await collector.start();
  url = `http://127.0.0.1:${collector.ports.otlpHttp}/v1/traces`;
  zipkinUrl = `http://127.0.0.1:${collector.ports.zipkin}/api/v2/spans`;
  thriftUrl = `http://127.0.0.1:${collector.ports.jaegerHttp}/api/traces`;
});
afterAll(() => collector.stop());

const post = async (target: string, body: Uint8Array | string, contentType: string) => {
  const response = await fetch(target, {
    method: 'POST',
    body: typeof body === 'string' ? body : new Uint8Array(body),
    headers: { 'content-type': contentType },
  });
  return { status: response.status, text: await response.text() };
};

describe('bad input never crashes the collector and never costs valid spans', () => {
  it('truncated protobuf → 400 with a message', async () => {
    const bytes = encodeOtlpTraces([testSpan(1), testSpan(2)]);
    const response = await post(url, bytes.subarray(0, bytes.length - 5), 'application/x-protobuf');
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/cannot decode OTLP protobuf/);
  });

  it('wrong content type → 415 on every receiver', async () => {
    expect((await post(url, '{}', 'text/plain')).status).toBe(415);
    expect((await post(zipkinUrl, '[]', 'text/xml')).status).toBe(415);
    expect((await post(thriftUrl, 'x', 'application/json')).status).toBe(415);
    for (const target of [url, zipkinUrl, thriftUrl]) {
      const response = await fetch(target, { method: 'POST' });
      expect(response.status).toBe(415);
      expect(await response.text()).toMatch(/missing Content-Type/);
    }
  });

  it('a span with an empty trace ID is rejected by reason; alone it is a 400, with a neighbour a partial success', async () => {
    const emptyId = (json: string) => json.replace(/"traceId":"[0-9a-f]+"/, '"traceId":""');
    const alone = await post(url, emptyId(JSON.stringify(toOtlpJson([testSpan(500)]))), 'application/json');
    expect(alone.status).toBe(400);
    expect(alone.text).toMatch(/1 spans rejected/);
    const pair = emptyId(
      JSON.stringify(toOtlpJson([testSpan(501), testSpan(501, { spanId: '00000000000001f6' as never })])),
    );
    const partial = await post(url, pair, 'application/json');
    expect(partial.status).toBe(200);
    expect(JSON.parse(partial.text)).toMatchObject({ partialSuccess: { rejectedSpans: '1' } });
  });

  it('a 20 MB body is 413 with a message (limit 16 MiB by default)', async () => {
    const small = startCollector(new RecordingWriter(), {
      otlpHttpHostPort: { host: '127.0.0.1', port: 0 },
    }).collector;
    await small.start();
    try {
      const target = `http://127.0.0.1:${small.ports.otlpHttp}/v1/traces`;
      const response = await post(target, new Uint8Array(20_000_000), 'application/x-protobuf');
      expect(response.status).toBe(413);
      expect(response.text.length).toBeGreaterThan(0);
    } finally {
      await small.stop();
    }
  });

  it('invalid UTF-8 is repaired with a warning and the span is kept', async () => {
    const body = Buffer.from(JSON.stringify(toOtlpJson([testSpan(300, { operationName: 'op-XX' })])));
    const at = body.indexOf('op-XX');
    body[at + 3] = 0xff;
    body[at + 4] = 0xc3;
    expect((await post(url, body, 'application/json')).status).toBe(200);
    await expect
      .poll(() => writer.spans.find((s) => s.traceId.endsWith('12c'))?.operationName)
      .toBe('op-\uFFFD\uFFFD');
    // A lone surrogate escape is valid JSON but not valid UTF-16 text: the sanitizer repairs it and says so.
    const escaped = JSON.stringify(toOtlpJson([testSpan(301, { operationName: 'op-YY' })])).replace(
      'op-YY',
      'op-\\ud800',
    );
    expect((await post(url, escaped, 'application/json')).status).toBe(200);
    await expect
      .poll(() => writer.spans.find((s) => s.traceId.endsWith('12d'))?.operationName)
      .toBe('op-\uFFFD');
    expect(writer.spans.find((s) => s.traceId.endsWith('12d'))?.warnings).toEqual([
      'invalid UTF-8 in operation name was replaced with U+FFFD',
    ]);
  });

  it('huge tag values are truncated with a warning, neighbours untouched', async () => {
    const huge = testSpan(400, { tags: [{ key: 'blob', type: 'string', value: 'x'.repeat(1024 * 1024) }] });
    expect((await post(url, encodeOtlpTraces([huge, testSpan(401)]), 'application/x-protobuf')).status).toBe(
      200,
    );
    await expect
      .poll(
        () => writer.spans.filter((s) => s.operationName === 'op-400' || s.operationName === 'op-401').length,
      )
      .toBe(2);
    const stored = writer.spans.find((s) => s.operationName === 'op-400')!;
    expect(stored.tags.find((t) => t.key === 'blob')?.value).toHaveLength(64 * 1024);
    expect(stored.warnings[0]).toMatch(/truncated/);
  });

  it('10^5 spans in one OTLP request are all accepted and written', async () => {
    const spans = Array.from({ length: 100_000 }, (_, i) => testSpan(1_000_000 + i, { tags: [] }));
    const before = writer.spans.length;
    const response = await post(url, encodeOtlpTraces(spans), 'application/x-protobuf');
    expect(response.status).toBe(200);
    await expect.poll(() => writer.spans.length - before, { timeout: 30_000 }).toBe(100_000);
  }, 60_000);

  it('random corruption of valid bodies → 200 or 4xx, never 5xx, and the server keeps serving', async () => {
    const valid = encodeOtlpTraces([testSpan(7), testSpan(8)]);
    const json = Buffer.from(JSON.stringify(toOtlpJson([testSpan(9)])));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(['application/x-protobuf', valid] as const, ['application/json', json] as const),
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(),
        async ([type, original], edits, cut) => {
          const body = Buffer.from(original);
          for (const { at, byte } of edits) body[at % body.length] = byte;
          const response = await post(url, body.subarray(0, Math.max(1, body.length - (cut % 8))), type);
          expect(response.status === 200 || (response.status >= 400 && response.status < 500)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
    expect((await post(url, encodeOtlpTraces([testSpan(11)]), 'application/x-protobuf')).status).toBe(200);
  });

  it('garbage for Zipkin and Jaeger Thrift → 400, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (bytes) => {
        expect((await post(zipkinUrl, bytes, 'application/json')).status).toBeLessThan(500);
        expect((await post(zipkinUrl, bytes, 'application/x-protobuf')).status).toBeLessThan(500);
        expect((await post(thriftUrl, bytes, 'application/x-thrift')).status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});

describe('structurally valid payloads with a missing or mistyped field (issue 12, bug 3)', () => {
  const v1Url = () => zipkinUrl.replace('/api/v2/', '/api/v1/');
  const JS_ERROR = /Cannot read|undefined|is not a|TypeError|RangeError|ReferenceError/;

  it('Zipkin v1: a binaryAnnotation without value is dropped with a warning; the batch is accepted', async () => {
    const start = Date.now() * 1000;
    const body = JSON.stringify([
      {
        traceId: '00000000000c0001',
        id: '00000000000c0002',
        name: 'no-value',
        timestamp: start,
        binaryAnnotations: [{ key: 'lonely' }, { key: 'kept', value: 'v' }],
      },
      { traceId: '00000000000c0001', id: '00000000000c0003', name: 'neighbour', timestamp: start },
    ]);
    const response = await post(v1Url(), body, 'application/json');
    expect(response).toEqual({ status: 202, text: '' });
    await expect.poll(() => writer.spans.filter((s) => s.traceId.endsWith('c0001')).length).toBe(2);
    const span = writer.spans.find((s) => s.operationName === 'no-value')!;
    expect(span.tags).toContainEqual({ key: 'kept', type: 'string', value: 'v' });
    expect(span.tags.some((t) => t.key === 'lonely')).toBe(false);
    expect(span.warnings).toContain('binaryAnnotation "lonely" has no value: dropped');
  });

  it('every field of Zipkin v1/v2, OTLP JSON and Jaeger Thrift missing, null or mistyped → never 5xx, never a JS error text', async () => {
    const start = Date.now() * 1000;
    const zipkin = (doc: unknown): unknown =>
      JSON.parse(JSON.stringify(doc).replaceAll(String(now), String(start)));
    const otlp = toOtlpJson([testSpan(0xd00, { tags: [{ key: 'k', type: 'string', value: 'v' }] })]);
    const cases: [string, unknown, string][] = [
      [v1Url(), zipkin(zipkinV1), 'application/json'],
      [zipkinUrl, zipkin(zipkinV2), 'application/json'],
      [url, otlp, 'application/json'],
    ];
    const statuses = new Set<number>();
    for (const [target, doc, type] of cases) {
      for (const path of jsonPaths(doc)) {
        for (const value of [REMOVE, null, 1.5, 'x', {}, []]) {
          const response = await post(target, JSON.stringify(withField(doc, path, value)), type);
          statuses.add(response.status);
          expect(
            response.status,
            `${target} ${JSON.stringify(path)}=${JSON.stringify(value) ?? 'removed'}`,
          ).toBeLessThan(500);
          expect(response.text).not.toMatch(JS_ERROR);
        }
      }
    }
    const batch = thriftBatch(start);
    for (const path of [
      [1],
      [1, 1],
      [2],
      [2, 0, 1],
      [2, 0, 8],
      [2, 0, 10],
      [2, 0, 10, 0, 3],
      [2, 1, 11, 0, 2],
    ]) {
      for (const mutation of ['remove', 'i32', 'string', 'struct', 'list'] as const) {
        const response = await post(
          thriftUrl,
          writeThriftStruct(batch, { path, mutation }),
          'application/x-thrift',
        );
        statuses.add(response.status);
        expect(response.status).toBeLessThan(500);
        expect(response.text).not.toMatch(JS_ERROR);
      }
    }
    // The mutations do reach both outcomes: kept with warnings, and refused with a reason.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 202, 400]));
  }, 120_000);
});
