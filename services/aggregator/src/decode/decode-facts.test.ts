import { encodeJaegerSpan, encodeOtlpTraces } from '@spanstream/codec';
import { decodeMessage, frameConfluent } from '@spanstream/kafka';
import { boolTag, micros, parseSpanId, parseTraceId, stringTag, type Span } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { spanFacts, type SpanFacts } from '../span-facts.ts';
import { decodeFacts } from './decode-facts.ts';

const traceId = parseTraceId('0af7651916cd43dd8448eb211c80319c')!;
const other = parseTraceId('1af7651916cd43dd8448eb211c80319c')!;

function span(n: number, extra: Partial<Span> = {}): Span {
  return {
    traceId,
    spanId: parseSpanId(`b7ad6b71692033${(10 + n).toString(16)}`)!,
    operationName: `op ${n}`,
    references: [],
    flags: 1,
    startTime: micros(1_700_000_000_123_456 + n),
    duration: micros(1_234 + n * 1000),
    tags: [stringTag('http.method', 'GET')],
    logs: [],
    process: { serviceName: `svc-${n % 3}`, tags: [stringTag('host.name', 'h')] },
    warnings: [],
    ...extra,
  };
}

const spans: Span[] = [
  span(0, { tags: [stringTag('span.kind', 'server')] }),
  span(1, {
    references: [{ refType: 'CHILD_OF', traceId, spanId: parseSpanId('b7ad6b7169203310')! }],
    tags: [stringTag('span.kind', 'client'), boolTag('error', true)],
  }),
  span(2, {
    references: [
      { refType: 'CHILD_OF', traceId, spanId: parseSpanId('b7ad6b7169203311')! },
      { refType: 'FOLLOWS_FROM', traceId, spanId: parseSpanId('b7ad6b7169203310')! },
      { refType: 'FOLLOWS_FROM', traceId: other, spanId: parseSpanId('b7ad6b7169203399')! },
    ],
    tags: [stringTag('span.kind', 'consumer'), stringTag('otel.status_code', 'ERROR')],
  }),
  span(3, { tags: [stringTag('span.kind', 'internal'), stringTag('error', 'true')] }),
  // Only a FOLLOWS_FROM: OTLP carries it as the parent and as a plain link, which is one reference.
  span(4, { references: [{ refType: 'FOLLOWS_FROM', traceId, spanId: parseSpanId('b7ad6b7169203310')! }] }),
  // A link to the parent with attributes of its own stays a second reference.
  span(5, {
    references: [
      { refType: 'CHILD_OF', traceId, spanId: parseSpanId('b7ad6b7169203310')! },
      {
        refType: 'FOLLOWS_FROM',
        traceId,
        spanId: parseSpanId('b7ad6b7169203310')!,
        tags: [stringTag('link.reason', 'retry')],
      },
    ],
  }),
];

/** What the full codec and spanFacts make of the same record: the reference. */
function reference(value: Buffer): SpanFacts[] {
  const decoded = decodeMessage({ value }, 'otlp_proto');
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.spans.map(spanFacts);
}

function expectSame(value: Buffer): void {
  const out: SpanFacts[] = [];
  expect(decodeFacts(value, 'otlp_proto', out)).toBe(true);
  const expected = reference(value);
  expect(out.map(({ startMs: _start, durationMs: _duration, ...rest }) => rest)).toEqual(
    expected.map(({ startMs: _start, durationMs: _duration, ...rest }) => rest),
  );
  out.forEach((facts, i) => {
    expect(facts.startMs).toBeCloseTo(expected[i]!.startMs, 3);
    expect(facts.durationMs).toBeCloseTo(expected[i]!.durationMs, 3);
  });
}

describe('decodeFacts (field-by-field protobuf reading)', () => {
  it('agrees with the full codec on OTLP requests (kinds, errors, parents, links)', () => {
    expectSame(Buffer.from(encodeOtlpTraces(spans)));
  });

  it('agrees with the full codec on Jaeger protobuf spans, framed or not', () => {
    for (const s of spans) {
      const bytes = encodeJaegerSpan(s);
      expectSame(Buffer.from(bytes));
      expectSame(Buffer.from(frameConfluent(7, bytes)));
    }
  });

  it('reads JSON records through the codec and refuses garbage', () => {
    const out: SpanFacts[] = [];
    expect(decodeFacts(Buffer.from('not a span'), 'protobuf', out)).toBe(false);
    expect(decodeFacts(Buffer.from([0x0a, 0xff, 0xff]), 'otlp_proto', out)).toBe(false);
    expect(decodeFacts(null, 'protobuf', out)).toBe(false);
  });
});
