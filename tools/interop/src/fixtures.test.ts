import { describe, expect, it } from 'vitest';
import {
  INT64_TRACE_NAME,
  INT64_VALUE,
  int64TraceJson,
  loadInteropFixtures,
  shiftOtlpTimes,
} from './fixtures.ts';

describe('shiftOtlpTimes', () => {
  it('moves span and event times by an exact number of nanoseconds, beyond 2^53', () => {
    const json = JSON.stringify({
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  startTimeUnixNano: '1485449191639875001',
                  endTimeUnixNano: '1485449191639880001',
                  events: [{ timeUnixNano: '1485449191639875001' }],
                  attributes: [{ key: 'k', value: { intValue: '5' } }],
                },
              ],
            },
          ],
        },
      ],
    });
    const shifted = shiftOtlpTimes(json, 86_400_000_000_000n);
    expect(shifted).toContain('"startTimeUnixNano":"1485535591639875001"');
    expect(shifted).toContain('"endTimeUnixNano":"1485535591639880001"');
    expect(shifted).toContain('"timeUnixNano":"1485535591639875001"');
    expect(shifted).toContain('"intValue":"5"');
  });
});

describe('loadInteropFixtures', () => {
  const now = new Date(Date.UTC(2026, 0, 10, 12));
  const fixtures = loadInteropFixtures(now);

  it("has Jaeger's 32 OTLP fixture traces, their 27 searches and the int64 trace", () => {
    expect(fixtures.traces).toHaveLength(33);
    expect(fixtures.queries).toHaveLength(27);
    expect(fixtures.traces.every((t) => t.traceId.length === 32 && t.spanIds.length === t.spans.length)).toBe(
      true,
    );
  });

  it('moves the fixtures to yesterday, in the OTLP text and in the decoded spans alike', () => {
    const dur = fixtures.traces.find((t) => t.name === 'dur_trace')!;
    const start = dur.spans[0]!.startTime;
    expect(new Date(start / 1000).toISOString().slice(0, 10)).toBe('2026-01-09');
    expect(dur.otlpJson).toContain(`"startTimeUnixNano":"${start}000"`);
  });

  it('keeps the fixture durations in nanoseconds', () => {
    const range = fixtures.queries.find((q) => q.caption === 'Duration range')!;
    expect(range.durationNanos).toEqual({ min: 4500, max: 5500 });
  });

  it('writes the int64 attribute as a string so it stays exact', () => {
    const trace = fixtures.traces.find((t) => t.name === INT64_TRACE_NAME)!;
    expect(int64TraceJson(now)).toContain(`"intValue":"${INT64_VALUE}"`);
    expect(trace.spans[0]!.tags).toContainEqual(
      expect.objectContaining({ key: 'big', value: 9007199254740993n }),
    );
  });
});
