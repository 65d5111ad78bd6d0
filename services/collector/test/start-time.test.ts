import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toOtlpJson } from '@spanstream/codec';
import type { Micros } from '@spanstream/model';
import type { Registry } from 'prom-client';
import type { Collector } from '../src/collector.ts';
import { RecordingWriter, metricValue, startCollector, testSpan } from './support.ts';

// Issue 12, bug 5: a span starting in 1970 or 9999 made storage create an index for that date.
const writer = new RecordingWriter();
let collector: Collector;
let registry: Registry;

beforeAll(async () => {
  ({ collector, registry } = startCollector(writer, {
    otlpHttpHostPort: { host: '127.0.0.1', port: 0 },
    zipkinHostPort: { host: '127.0.0.1', port: 0 },
  }));
  await collector.start();
});
afterAll(() => collector.stop());

const post = async (path: string, port: number | undefined, body: unknown) => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  return { status: response.status, text: await response.text() };
};

const year9999 = Date.UTC(9999, 11, 31) * 1000;

describe('span start times outside the accepted window', () => {
  it('Zipkin: a span in 9999 is refused by name and field, its neighbour stored', async () => {
    const response = await post('/api/v2/spans', collector.ports.zipkin, [
      {
        traceId: '0000000000009001',
        id: '0000000000009002',
        name: 'y9999',
        timestamp: year9999,
        duration: 1,
      },
      { traceId: '0000000000009001', id: '0000000000009003', name: 'today', timestamp: Date.now() * 1000 },
    ]);
    // Zipkin has no partial success: 202 with the good span kept, as for any rejected span.
    expect(response.status).toBe(202);
    await expect.poll(() => writer.spans.filter((s) => s.operationName === 'today').length).toBe(1);
    expect(writer.spans.some((s) => s.operationName === 'y9999')).toBe(false);
  });

  it('OTLP: a lone span in 1970 is a 400 naming the span and field; both are counted as rejected{reason="start_time"}', async () => {
    const response = await post(
      '/v1/traces',
      collector.ports.otlpHttp,
      toOtlpJson([testSpan(0x9004, { startTime: 1 as Micros })]),
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toMatchObject({
      message:
        '1 spans rejected: #0: startTime 1µs (1970-01-01T00:00:00.000Z) is before 2000-01-01 (span 0000000000009005)',
    });
    expect(
      await metricValue(registry, 'jaeger_collector_spans_rejected_total', { reason: 'start_time' }),
    ).toBe(2);
    expect(writer.spans.some((s) => s.operationName === 'op-36868')).toBe(false);
  });

  it('accepts the 2017 storage fixtures and a late backfill from a year ago', async () => {
    const old = [
      testSpan(0x9005, { startTime: (Date.UTC(2017, 0, 26, 16, 46, 31) * 1000) as Micros }),
      testSpan(0x9006, { startTime: ((Date.now() - 365 * 86_400_000) * 1000) as Micros }),
    ];
    expect((await post('/v1/traces', collector.ports.otlpHttp, toOtlpJson(old))).status).toBe(200);
    await expect
      .poll(() => writer.spans.filter((s) => /^op-(36869|36870)$/.test(s.operationName)).length)
      .toBe(2);
  });
});
