import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../span.ts';
import type { Micros } from '../time.ts';
import type { SpanId, TraceId } from '../ids.ts';
import { DEFAULT_SANITIZER_OPTIONS, parseCollectorTags, type SanitizerOptions } from './options.ts';
import { sanitizeSpans } from './sanitize-spans.ts';

const NOW = 1_700_000_000_000_000;
const options: SanitizerOptions = { ...DEFAULT_SANITIZER_OPTIONS, now: () => NOW };
const process = { serviceName: 'frontend', tags: [{ key: 'host', type: 'string', value: 'a' }] } as const;

function span(overrides: Partial<Span> = {}): Span {
  return {
    traceId: '0000000000000000000000000000000a' as TraceId,
    spanId: '000000000000000b' as SpanId,
    operationName: 'GET /',
    references: [],
    flags: 1,
    startTime: (NOW - 1000) as Micros,
    duration: 500 as Micros,
    tags: [{ key: 'http.status_code', type: 'int64', value: 200n }],
    logs: [],
    process,
    warnings: [],
    ...overrides,
  };
}

describe('sanitizeSpans', () => {
  it('keeps valid spans as the same objects and reports no change', () => {
    const input = [span(), span({ spanId: '000000000000000c' as SpanId })];
    const out = sanitizeSpans(input, options);
    expect(out.spans[0]).toBe(input[0]);
    expect(out.spans[1]).toBe(input[1]);
    expect(out.changed).toBe(false);
    expect(out.rejected).toEqual([]);
  });

  it('rejects a span with an invalid ID and keeps its neighbours', () => {
    const input = [span(), span({ traceId: '0'.repeat(32) as TraceId }), span({ spanId: 'xyz' as SpanId })];
    const out = sanitizeSpans(input, options);
    expect(out.spans).toEqual([input[0]]);
    expect(out.rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(out.rejected[0]!.reason).toMatch(/invalid trace ID/);
    expect(out.changed).toBe(true);
  });

  it('fills an empty service name with unknown-service and warns, sharing one fixed process', () => {
    const empty = { serviceName: '', tags: [] };
    const out = sanitizeSpans([span({ process: empty }), span({ process: empty })], options);
    expect(out.spans[0]!.process.serviceName).toBe('unknown-service');
    expect(out.spans[0]!.process).toBe(out.spans[1]!.process);
    expect(out.spans[0]!.warnings).toEqual(['empty service name, replaced by "unknown-service"']);
  });

  it('repairs invalid UTF-8 (lone surrogates) in names, keys and values', () => {
    const out = sanitizeSpans(
      [span({ operationName: 'op\uD800', tags: [{ key: 'k\uDC00', type: 'string', value: 'v\uD800x' }] })],
      options,
    );
    const fixed = out.spans[0]!;
    expect(fixed.operationName).toBe('op\uFFFD');
    expect(fixed.tags[0]).toEqual({ key: 'k\uFFFD', type: 'string', value: 'v\uFFFDx' });
    expect(fixed.warnings.length).toBe(3);
  });

  it('truncates huge tag values, drops tags over the count limit, rejects oversized spans', () => {
    const small = { ...options, maxTagValueLength: 10, maxTagsPerSpan: 2 };
    const tags = [
      { key: 'a', type: 'string', value: 'x'.repeat(100) },
      { key: 'b', type: 'binary', value: new Uint8Array(50) },
      { key: 'c', type: 'bool', value: true },
    ] as const;
    const out = sanitizeSpans([span({ tags })], small);
    expect(out.spans[0]!.tags).toEqual([
      { key: 'a', type: 'string', value: 'x'.repeat(10) },
      { key: 'b', type: 'binary', value: new Uint8Array(10) },
    ]);
    const tooBig = sanitizeSpans([span({ tags }), span()], { ...options, maxSpanSize: 150 });
    expect(tooBig.rejected).toHaveLength(1);
    expect(tooBig.rejected[0]!.reason).toMatch(/above the limit of 150/);
    expect(tooBig.spans).toHaveLength(1);
  });

  it('keeps the structured value of an array tag unless its text is cut', () => {
    const structured = { type: 'array', values: [{ type: 'string', value: 'abcdefghij' }] } as const;
    const tags = [
      { key: 'kept', type: 'string', value: '["abcdefghij"]', structured },
      { key: 'fixed\uD800', type: 'string', value: '["abcdefghij"]', structured },
    ] as const;
    const out = sanitizeSpans([span({ tags })], options);
    expect(out.spans[0]!.tags).toEqual([tags[0], { ...tags[1], key: 'fixed\uFFFD' }]);
    const cut = sanitizeSpans([span({ tags: [tags[0]] })], { ...options, maxTagValueLength: 5 });
    expect(cut.spans[0]!.tags).toStrictEqual([{ key: 'kept', type: 'string', value: '["abc' }]);
  });

  it('warns about negative and absurd durations and clock skew', () => {
    const out = sanitizeSpans(
      [
        span({ duration: -5 as Micros }),
        span({ duration: (25 * 3600 * 1e6) as Micros }),
        span({ startTime: (NOW + 3600 * 1e6) as Micros }),
      ],
      options,
    );
    expect(out.spans[0]!.duration).toBe(0);
    expect(out.spans[0]!.warnings[0]).toMatch(/negative duration/);
    expect(out.spans[1]!.warnings[0]).toMatch(/longer than/);
    expect(out.spans[2]!.warnings[0]).toMatch(/clock skew/);
  });

  it('adds collector tags to every process, skipping exact duplicates', () => {
    const parsed = parseCollectorTags('host=a, dc=${DC:eu}, zone=${ZONE}', { ZONE: 'z1' });
    expect(parsed).toEqual({
      tags: [
        { key: 'host', type: 'string', value: 'a' },
        { key: 'dc', type: 'string', value: 'eu' },
        { key: 'zone', type: 'string', value: 'z1' },
      ],
    });
    if (!('tags' in parsed)) throw new Error('unreachable');
    const out = sanitizeSpans([span()], { ...options, collectorTags: parsed.tags });
    expect(out.spans[0]!.process.tags.map((t) => t.key)).toEqual(['host', 'dc', 'zone']);
    expect(parseCollectorTags('novalue', {})).toEqual({
      error: 'collector.tags: "novalue" is not key=value',
    });
  });

  it('never throws and accounts for every input span (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            traceId: fc.string(),
            spanId: fc.string(),
            operationName: fc.string({ unit: 'binary' }),
            duration: fc.integer({ min: -1e12, max: 1e12 }),
            value: fc.string({ unit: 'binary', maxLength: 200 }),
          }),
        ),
        (rows) => {
          const input = rows.map((r) =>
            span({
              traceId: r.traceId as TraceId,
              spanId: r.spanId as SpanId,
              operationName: r.operationName,
              duration: r.duration as Micros,
              tags: [{ key: 'k', type: 'string', value: r.value }],
            }),
          );
          const out = sanitizeSpans(input, { ...options, maxTagValueLength: 100 });
          expect(out.spans.length + out.rejected.length).toBe(input.length);
          for (const s of out.spans) {
            expect(s.operationName.isWellFormed()).toBe(true);
            expect(s.duration).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('rejects start times outside the window (issue 12, bug 5) and keeps the neighbours', () => {
    const day = 24 * 3600 * 1_000_000;
    const fixture2017 = Date.UTC(2017, 0, 25) * 1000;
    const input = [
      span({ startTime: 0 as Micros }),
      span({ startTime: (Date.UTC(9999, 11, 31) * 1000) as Micros }),
      span({ startTime: (NOW + day + 1) as Micros }),
      span({ startTime: fixture2017 as Micros }),
      span({ startTime: (NOW + day - 1) as Micros }),
      span({ startTime: 1e300 as Micros }),
    ];
    const out = sanitizeSpans(input, options);
    expect(out.rejected.map((r) => r.index)).toEqual([0, 1, 2, 5]);
    expect(out.rejected[0]!.reason).toBe(
      'startTime 0µs (1970-01-01T00:00:00.000Z) is before 2000-01-01 (span 000000000000000b)',
    );
    expect(out.rejected[1]!.reason).toBe(
      'startTime 253402214400000000µs (9999-12-31T00:00:00.000Z) is more than 24h in the future (span 000000000000000b)',
    );
    expect(out.rejected[3]!.reason).toBe(
      'startTime 1e+300µs (out of range) is not a date (span 000000000000000b)',
    );
    expect(out.spans.map((s) => s.startTime)).toEqual([fixture2017, NOW + day - 1]);
    // A max age refuses old spans; 0 (the default) accepts everything since 2000.
    const recent = { ...options, startTimeWindow: { maxAgeMicros: 7 * day, maxFutureMicros: 0 } };
    const aged = sanitizeSpans(input, recent);
    expect(aged.rejected.map((r) => r.index)).toEqual([0, 3, 5]);
    expect(aged.rejected[1]!.reason).toMatch(/is more than 168h in the past \(span 000000000000000b\)$/);
  });
});
