import { opentelemetry } from '@spanstream/proto';
import { DEFAULT_SANITIZER_OPTIONS, type SanitizerOptions } from '@spanstream/model';
import fc from 'fast-check';
import Long from 'long';
import { describe, expect, it } from 'vitest';
import { encodeJaegerSpan } from '../jaeger/proto.ts';
import { arbOtlpRequest } from '../testing/arbitraries.ts';
import { decodeOtlpTraces } from './decode.ts';
import { scanForwardableOtlp } from './forwardable.ts';
import { transcodeOtlpToJaegerSpans } from './to-jaeger-bytes.ts';

const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;
type Request = ReturnType<typeof arbOtlpRequest> extends fc.Arbitrary<infer R> ? R : never;

const loose: SanitizerOptions = {
  ...DEFAULT_SANITIZER_OPTIONS,
  maxDurationMicros: 0,
  maxClockSkewMicros: 0,
  startTimeWindow: { maxAgeMicros: 0, maxFutureMicros: 0 },
};

/** What the transcoder handles: no links, no array or key-value-list attributes. */
function transcodable(request: Request): Request {
  const scalar = <T extends { attributes?: unknown }>(item: T): T => ({
    ...item,
    attributes: (
      (item.attributes ?? []) as { value?: { arrayValue?: unknown; kvlistValue?: unknown } }[]
    ).filter((a) => a.value?.arrayValue == null && a.value?.kvlistValue == null),
  });
  return {
    resourceSpans: request.resourceSpans.map((rs) => ({
      ...rs,
      scopeSpans: (rs.scopeSpans ?? []).map((ss) => ({
        ...ss,
        spans: (ss.spans ?? []).map((span) => ({
          ...scalar(span),
          links: [],
          events: (span.events ?? []).map(scalar),
        })),
      })),
    })),
  };
}

/** Checks the transcoder against decode → encodeJaegerSpan; returns whether it transcoded. */
function agrees(bytes: Uint8Array): boolean {
  if (scanForwardableOtlp(bytes, loose) === undefined) return false;
  const records = transcodeOtlpToJaegerSpans(bytes);
  if (records === undefined) return false;
  const { spans } = decodeOtlpTraces(bytes);
  expect(records.map((r) => r.traceId)).toEqual(spans.map((s) => s.traceId));
  expect(records.map((r) => Buffer.from(r.span).toString('hex'))).toEqual(
    spans.map((s) => Buffer.from(encodeJaegerSpan(s)).toString('hex')),
  );
  return true;
}

describe('transcodeOtlpToJaegerSpans', () => {
  it('writes byte for byte what decode → encodeJaegerSpan writes (generated requests)', () => {
    let transcoded = 0;
    fc.assert(
      fc.property(arbOtlpRequest(), (request) => {
        if (agrees(ExportTraceServiceRequest.encode(transcodable(request)).finish())) transcoded++;
      }),
      { numRuns: 200 },
    );
    expect(transcoded).toBeGreaterThan(20);
  }, 60_000);

  it('agrees again when requests repeat resources and scopes (encoded once, then reused)', () => {
    // Small pools of resources and scopes, so requests keep meeting ones already encoded, in new pairings.
    const requests = fc.sample(arbOtlpRequest(), 60).map(transcodable);
    const resources = requests.flatMap((r) => r.resourceSpans.map((rs) => rs.resource)).slice(0, 3);
    const scopes = requests
      .flatMap((r) => r.resourceSpans.flatMap((rs) => (rs.scopeSpans ?? []).map((ss) => ss.scope)))
      .slice(0, 3);
    let transcoded = 0;
    requests.forEach((request, i) => {
      const mixed = {
        resourceSpans: request.resourceSpans.map((rs, j) => ({
          ...rs,
          resource: resources[(i + j) % resources.length] ?? null,
          scopeSpans: (rs.scopeSpans ?? []).map((ss, k) => ({
            ...ss,
            scope: scopes[(i + k) % scopes.length] ?? null,
          })),
        })),
      };
      if (agrees(ExportTraceServiceRequest.encode(mixed).finish())) transcoded++;
    });
    expect(transcoded).toBeGreaterThan(5);
  });

  it('gives each span the ID of its own trace when traces interleave, and cuts every record from one buffer', () => {
    const span = (id: number, trace: number) => ({
      traceId: new Uint8Array(16).fill(trace),
      spanId: new Uint8Array(8).fill(id),
      name: `op${id}`,
      startTimeUnixNano: Long.fromString('1700000000000000000', true),
      endTimeUnixNano: Long.fromString('1700000000001000000', true),
    });
    const bytes = ExportTraceServiceRequest.encode({
      resourceSpans: [{ scopeSpans: [{ spans: [span(1, 7), span(2, 7), span(3, 9), span(4, 7)] }] }],
    }).finish();
    expect(agrees(bytes)).toBe(true);
    const records = transcodeOtlpToJaegerSpans(bytes)!;
    expect(records.map((r) => r.traceId)).toEqual([
      '07'.repeat(16),
      '07'.repeat(16),
      '09'.repeat(16),
      '07'.repeat(16),
    ]);
    expect(new Set(records.map((r) => r.span.buffer)).size).toBe(1);
  });

  it('declines links and structured attributes, which the decode path converts', () => {
    const span = {
      traceId: new Uint8Array(16).fill(1),
      spanId: new Uint8Array(8).fill(2),
      name: 'op',
      startTimeUnixNano: Long.fromString('1700000000000000000', true),
      endTimeUnixNano: Long.fromString('1700000000001000000', true),
    };
    const encode = (extra: object) =>
      ExportTraceServiceRequest.encode({
        resourceSpans: [{ scopeSpans: [{ spans: [{ ...span, ...extra }] }] }],
      }).finish();
    expect(transcodeOtlpToJaegerSpans(encode({}))).toHaveLength(1);
    expect(
      transcodeOtlpToJaegerSpans(encode({ links: [{ traceId: span.traceId, spanId: span.spanId }] })),
    ).toBeUndefined();
    expect(
      transcodeOtlpToJaegerSpans(
        encode({ attributes: [{ key: 'a', value: { arrayValue: { values: [{ stringValue: 'x' }] } } }] }),
      ),
    ).toBeUndefined();
  });
});
