import { opentelemetry } from '@spanstream/proto';
import {
  DEFAULT_SANITIZER_OPTIONS,
  sanitizeSpans,
  stringTag,
  type SanitizerOptions,
} from '@spanstream/model';
import fc from 'fast-check';
import Long from 'long';
import { describe, expect, it } from 'vitest';
import { decodeOtlpTraces } from './decode.ts';
import { scanForwardableOtlp, type ForwardableOtlp } from './forwardable.ts';
import { arbCorrupted, arbOtlpRequest } from '../testing/arbitraries.ts';

const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;

const NOW_MICROS = 1_700_000_000_000_000;
const strict: SanitizerOptions = { ...DEFAULT_SANITIZER_OPTIONS, now: () => NOW_MICROS };
/** Limits that let most generated requests through, so the "proven" branch is exercised often. */
const loose: SanitizerOptions = {
  ...strict,
  maxDurationMicros: 0,
  maxClockSkewMicros: 0,
  startTimeWindow: { maxAgeMicros: 0, maxFutureMicros: 0 },
};

type Verdict = Pick<ForwardableOtlp, 'spans' | 'services' | 'traceIds'>;

/** What the scan says, without its bytes and splitter. */
function scanned(bytes: Uint8Array, options: SanitizerOptions): Verdict | undefined {
  const scan = scanForwardableOtlp(bytes, options);
  return scan && { spans: scan.spans, services: scan.services, traceIds: scan.traceIds };
}

/** The full path's verdict: decode, sanitize, and forwardable only when nothing was rejected or changed. */
function fullPath(bytes: Uint8Array, options: SanitizerOptions): Verdict | undefined {
  let decoded;
  try {
    decoded = decodeOtlpTraces(bytes);
  } catch {
    return undefined;
  }
  if (decoded.rejected.length > 0) return undefined;
  const sanitized = sanitizeSpans(decoded.spans, options);
  const first = sanitized.spans[0];
  if (sanitized.changed || first === undefined) return undefined;
  const services = new Map<string, number>();
  for (const span of sanitized.spans)
    services.set(span.process.serviceName, (services.get(span.process.serviceName) ?? 0) + 1);
  return {
    spans: sanitized.spans.length,
    services,
    traceIds: [...new Set(sanitized.spans.map((s) => s.traceId))],
  };
}

const encode = (request: Parameters<typeof ExportTraceServiceRequest.encode>[0]): Uint8Array =>
  ExportTraceServiceRequest.encode(request).finish();

/** A clean request: one service, `count` spans starting at NOW. */
function cleanRequest(count: number, patch: (span: Record<string, unknown>) => void = () => undefined) {
  const start = Long.fromNumber(NOW_MICROS, true).multiply(1000);
  const spans = Array.from({ length: count }, (_, i) => {
    const span: Record<string, unknown> = {
      traceId: Uint8Array.from({ length: 16 }, (_, b) => b + 1),
      spanId: Uint8Array.from({ length: 8 }, (_, b) => b + 1 + i),
      name: `GET /api/items/${i}`,
      kind: 2,
      startTimeUnixNano: start,
      endTimeUnixNano: start.add(250_000),
      attributes: [
        { key: 'http.method', value: { stringValue: 'GET' } },
        { key: 'http.status_code', value: { intValue: -1 } },
        { key: 'tags', value: { arrayValue: { values: [{ stringValue: 'a' }, { boolValue: true }] } } },
      ],
      status: { code: 1, message: '' },
    };
    patch(span);
    return span;
  });
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'shop' } }] },
        scopeSpans: [{ scope: { name: 'lib', version: '1.0' }, spans }],
      },
    ],
  };
}

describe('scanForwardableOtlp', () => {
  it('proves a clean request and counts it as the full path does', () => {
    const bytes = encode(cleanRequest(5));
    const scan = scanned(bytes, strict);
    expect(scan).toEqual(fullPath(bytes, strict));
    expect(scan?.spans).toBe(5);
    expect(scan?.services).toEqual(new Map([['shop', 5]]));
    expect(scan?.traceIds).toEqual(['0102030405060708090a0b0c0d0e0f10']);
    // One trace: forwarded as it came.
    expect(scanForwardableOtlp(bytes, strict)?.byTrace()[0]).toBe(bytes);
  });

  it('lists the traces of the spans in first-seen order (a single record would split a trace across partitions)', () => {
    let n = 0;
    const bytes = encode(
      cleanRequest(4, (span) => {
        if (n++ === 2) span['traceId'] = Uint8Array.from({ length: 16 }, (_, b) => b + 2);
      }),
    );
    const scan = scanned(bytes, strict);
    expect(scan).toEqual(fullPath(bytes, strict));
    expect(scan?.traceIds).toEqual(['0102030405060708090a0b0c0d0e0f10', '02030405060708090a0b0c0d0e0f1011']);
  });

  it.each([
    ['an all-zero trace ID', (s: Record<string, unknown>) => (s['traceId'] = new Uint8Array(16))],
    ['a short span ID', (s: Record<string, unknown>) => (s['spanId'] = new Uint8Array(4).fill(1))],
    ['a negative duration', (s: Record<string, unknown>) => (s['endTimeUnixNano'] = Long.UZERO)],
    ['a start in 1970', (s: Record<string, unknown>) => (s['startTimeUnixNano'] = Long.fromNumber(5, true))],
    [
      'a tag value over the limit',
      (s: Record<string, unknown>) =>
        (s['attributes'] = [{ key: 'k', value: { stringValue: 'x'.repeat(10) } }]),
    ],
  ])('leaves a request with %s to the full path', (_name, patch) => {
    const options = { ...strict, maxTagValueLength: 5 };
    expect(scanForwardableOtlp(encode(cleanRequest(3, patch)), options)).toBeUndefined();
  });

  it('leaves invalid UTF-8 and collector tags to the full path', () => {
    const bytes = encode(cleanRequest(2));
    const at = Buffer.from(bytes).indexOf('GET /api');
    const broken = Uint8Array.from(bytes);
    broken[at] = 0xff;
    expect(scanForwardableOtlp(broken, strict)).toBeUndefined();
    expect(scanForwardableOtlp(bytes, { ...strict, collectorTags: [stringTag('dc', 'eu')] })).toBeUndefined();
  });

  it('proves only what decode + sanitize keep unchanged (generated requests)', () => {
    fc.assert(
      fc.property(arbOtlpRequest(), fc.boolean(), (request, useLoose) => {
        const options = useLoose ? loose : strict;
        const bytes = encode(request);
        const scan = scanned(bytes, options);
        if (scan !== undefined) expect(scan).toEqual(fullPath(bytes, options));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('proves only what decode + sanitize keep unchanged (corrupted bytes)', () => {
    const base = encode(cleanRequest(4));
    fc.assert(
      fc.property(arbCorrupted(base), (bytes) => {
        const scan = scanned(bytes, loose);
        if (scan !== undefined) expect(scan).toEqual(fullPath(bytes, loose));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
