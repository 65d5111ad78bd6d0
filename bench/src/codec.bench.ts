/**
 * The codec ceiling: how many spans per second one core turns from an OTLP protobuf request into
 * Jaeger api_v2 protobuf Kafka messages (decode OTLP -> model -> encode one Jaeger Span per span),
 * plus the pieces on their own. No I/O: this bounds what a collector or ingester can do per core.
 */
import type { Span, Trace } from '@spanstream/model';
import {
  decodeJaegerSpan,
  decodeOtlpTraces,
  encodeJaegerSpan,
  encodeOtlpTraces,
  fromOtlpJson,
  toJaegerModelJson,
  toJaegerUiTrace,
  toOtlpJson,
} from '@spanstream/codec';
import type { BenchResult } from './harness.ts';
import { cpuSecondsSince, Latencies, peakRssMiB } from './harness.ts';

const SPANS_PER_REQUEST = 500;
const SECONDS_PER_CASE = 3;

/** A request like an instrumented HTTP service sends: 10 attributes, an event, a parent per span. */
function sampleRequest(): Uint8Array {
  const spans = fromOtlpJson({
    resourceSpans: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: 'checkout' } },
            { key: 'host.name', value: { stringValue: 'ip-10-0-3-17' } },
            { key: 'telemetry.sdk.language', value: { stringValue: 'java' } },
            { key: 'process.pid', value: { intValue: '4242' } },
          ],
        },
        scopeSpans: [
          {
            scope: { name: 'io.opentelemetry.okhttp-3.0', version: '2.8.0' },
            spans: Array.from({ length: SPANS_PER_REQUEST }, (_, i) => ({
              traceId: (i % 50).toString(16).padStart(32, 'a'),
              spanId: (i + 1).toString(16).padStart(16, '0'),
              parentSpanId: i % 10 === 0 ? '' : (i - (i % 10) + 1).toString(16).padStart(16, '0'),
              name: `GET /api/cart/${i % 20}`,
              kind: 3,
              startTimeUnixNano: String(1_700_000_000_000_000_000n + BigInt(i) * 1000n),
              endTimeUnixNano: String(1_700_000_000_002_500_000n + BigInt(i) * 1000n),
              attributes: [
                { key: 'http.request.method', value: { stringValue: 'GET' } },
                { key: 'url.full', value: { stringValue: `https://cart.internal/api/cart/${i}` } },
                { key: 'http.response.status_code', value: { intValue: '200' } },
                { key: 'server.address', value: { stringValue: 'cart.internal' } },
                { key: 'server.port', value: { intValue: '443' } },
                { key: 'network.protocol.version', value: { stringValue: '1.1' } },
                { key: 'user_agent.original', value: { stringValue: 'okhttp/4.12.0' } },
                { key: 'http.response.body.size', value: { intValue: String(1000 + i) } },
                { key: 'retry', value: { boolValue: false } },
                { key: 'cache.ratio', value: { doubleValue: 0.75 } },
              ],
              events: [{ timeUnixNano: '1700000000001000000', name: 'connected', attributes: [] }],
              status: { code: 1 },
            })),
          },
        ],
      },
    ],
  }).spans;
  return encodeOtlpTraces(spans);
}

/** Runs `work` (which handles `spansPerCall` spans) repeatedly for SECONDS_PER_CASE seconds. */
function measure(name: string, spansPerCall: number, work: () => unknown, notes?: string): BenchResult {
  for (let i = 0; i < 20; i++) work(); // warm up the JIT
  const latencies = new Latencies();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < SECONDS_PER_CASE * 1000) {
    const t0 = performance.now();
    work();
    latencies.record(performance.now() - t0);
    calls++;
  }
  const seconds = (performance.now() - start) / 1000;
  const spans = calls * spansPerCall;
  return {
    name,
    spansPerSecond: spans / seconds,
    spansPerCpuSecond: spans / cpuSecondsSince(cpu),
    p50Ms: latencies.percentile(50),
    p99Ms: latencies.percentile(99),
    rssMiB: peakRssMiB(),
    ...(notes === undefined ? {} : { notes }),
  };
}

export function run(): Promise<BenchResult[]> {
  const request = sampleRequest();
  const spans: Span[] = decodeOtlpTraces(request).spans;
  const messages = spans.map(encodeJaegerSpan);
  const trace: Trace = { spans, warnings: [] };
  const otlpJsonText = JSON.stringify(toOtlpJson(spans));
  const perRequest = `${SPANS_PER_REQUEST} spans per call`;
  // name, one call's work on SPANS_PER_REQUEST spans, what the figure stands for
  const cases: [string, () => unknown, string?][] = [
    [
      'codec: OTLP proto -> model -> Jaeger proto',
      () => {
        for (const span of decodeOtlpTraces(request).spans) encodeJaegerSpan(span);
      },
      "the collector's per-core ceiling",
    ],
    ['codec: decode OTLP proto', () => decodeOtlpTraces(request)],
    [
      'codec: encode Jaeger proto',
      () => {
        for (const span of spans) encodeJaegerSpan(span);
      },
    ],
    [
      'codec: decode Jaeger proto',
      () => {
        for (const message of messages) decodeJaegerSpan(message);
      },
      "the ingester's per-core ceiling",
    ],
    ['codec: decode OTLP/JSON text', () => fromOtlpJson(otlpJsonText)],
    [
      'codec: Jaeger proto-JSON text',
      () => {
        for (const span of spans) JSON.stringify(toJaegerModelJson(span));
      },
      'Kafka json encoding',
    ],
    ['codec: Jaeger UI JSON text', () => JSON.stringify(toJaegerUiTrace(trace)), '/api/traces body'],
  ];
  return Promise.resolve(
    cases.map(([name, work, stands]) =>
      measure(name, SPANS_PER_REQUEST, work, stands === undefined ? perRequest : `${perRequest}; ${stands}`),
    ),
  );
}
