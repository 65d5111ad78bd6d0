import { describe, expect, it } from 'vitest';
import { parentSpanId } from '../span.ts';
import { spanIdOf, testSpan, traceOf } from './span-fixture.ts';
import { zipkinSpanIdUniquifier } from './zipkin-span-id-uniquifier.ts';

describe('zipkinSpanIdUniquifier', () => {
  it('gives a server span sharing its ID with a client span a new ID and re-parents its children', () => {
    const client = testSpan(0xa, { kind: 'client', parent: 0xff });
    const server = testSpan(0xa, { kind: 'server', parent: 0xff });
    const grandchild = testSpan(0xb, { parent: 0xa });
    const out = zipkinSpanIdUniquifier(traceOf(client, server, grandchild)).spans;
    expect(out[0]!.spanId).toBe(spanIdOf(0xa));
    expect(out[1]!.spanId).toBe(spanIdOf(1)); // lowest unused ID, as Jaeger picks
    expect(parentSpanId(out[1]!)).toBe(spanIdOf(0xa));
    expect(parentSpanId(out[2]!)).toBe(spanIdOf(1));
  });

  it('adds a CHILD_OF reference when the server span had no parent', () => {
    const out = zipkinSpanIdUniquifier(
      traceOf(testSpan(5, { kind: 'client' }), testSpan(5, { kind: 'server' })),
    ).spans;
    expect(out[1]!.references).toEqual([
      { refType: 'CHILD_OF', traceId: out[1]!.traceId, spanId: spanIdOf(5) },
    ]);
  });

  it('skips IDs already used in the trace', () => {
    const out = zipkinSpanIdUniquifier(
      traceOf(testSpan(1, { kind: 'client' }), testSpan(1, { kind: 'server' }), testSpan(2)),
    ).spans;
    expect(out[1]!.spanId).toBe(spanIdOf(3));
  });

  it('returns the same trace when no IDs are shared', () => {
    const trace = traceOf(testSpan(1, { kind: 'client' }), testSpan(2, { kind: 'server', parent: 1 }));
    expect(zipkinSpanIdUniquifier(trace)).toBe(trace);
  });

  it('leaves two server spans with the same ID alone (no client involved)', () => {
    const trace = traceOf(testSpan(1, { kind: 'server' }), testSpan(1, { kind: 'server' }));
    expect(zipkinSpanIdUniquifier(trace)).toBe(trace);
  });
});
