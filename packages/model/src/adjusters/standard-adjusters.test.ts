import { describe, expect, it } from 'vitest';
import type { Micros } from '../time.ts';
import { spanIdOf, testSpan, traceOf } from './span-fixture.ts';
import { createTraceAdjuster } from './standard-adjusters.ts';

describe('createTraceAdjuster (the default chain)', () => {
  it('dedupes exact copies before renaming shared Zipkin IDs, so each copy does not get a new ID', () => {
    const client = testSpan(7, { kind: 'client', startTime: 10 as Micros, duration: 100 as Micros });
    const server = testSpan(7, { kind: 'server', startTime: 20 as Micros, duration: 50 as Micros });
    const adjust = createTraceAdjuster({ maxClockSkewAdjustment: 0 as Micros });
    const out = adjust(traceOf(client, server, server)).spans;
    expect(out).toHaveLength(2);
    expect(out.map((s) => s.spanId)).toEqual([spanIdOf(7), spanIdOf(1)]);
    expect(out.every((s) => s.warnings.length === 0)).toBe(true);
  });

  it('is a no-op on the content of a well-formed trace apart from ordering tags', () => {
    const root = testSpan(1, { host: 'a', startTime: 0 as Micros, duration: 100 as Micros });
    const child = testSpan(2, { parent: 1, host: 'b', startTime: 10 as Micros, duration: 20 as Micros });
    const out = createTraceAdjuster({ maxClockSkewAdjustment: 1000 as Micros })(traceOf(root, child));
    expect(out.spans).toEqual([root, child]);
  });
});
