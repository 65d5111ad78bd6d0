import { describe, expect, it } from 'vitest';
import {
  formatDurationMicros,
  formatRfc3339Micros,
  parseDurationMicros,
  parseRfc3339Micros,
} from './time.ts';

describe('time text', () => {
  it('parses protobuf JSON and Go durations to microseconds', () => {
    expect(parseDurationMicros('0.000100s')).toBe(100);
    expect(parseDurationMicros('100000ns')).toBe(100);
    expect(parseDurationMicros('1h2m3.5s')).toBe(3_723_500_000);
    expect(parseDurationMicros('1.5ms')).toBe(1500);
    expect(parseDurationMicros('100µs')).toBe(100);
    expect(parseDurationMicros('-1.5s')).toBe(-1_500_000);
    expect(parseDurationMicros('8852717.929215s')).toBe(8_852_717_929_215);
    for (const bad of ['', 's', '1', '1x', '1.5.5s', 'abc']) expect(parseDurationMicros(bad)).toBeUndefined();
  });

  it('formats as Go jsonpb does: 0, 3 or 6 fraction digits', () => {
    expect(formatDurationMicros(100)).toBe('0.000100s');
    expect(formatDurationMicros(1_500_000)).toBe('1.500s');
    expect(formatDurationMicros(3_000_000)).toBe('3s');
    expect(formatDurationMicros(0)).toBe('0s');
    expect(formatRfc3339Micros(1485449191639875)).toBe('2017-01-26T16:46:31.639875Z');
    expect(formatRfc3339Micros(1485449191000000)).toBe('2017-01-26T16:46:31Z');
  });

  it('parses RFC 3339 with offsets and nanoseconds, truncating to microseconds', () => {
    expect(parseRfc3339Micros('2017-01-26T16:46:31.639875999Z')).toBe(1485449191639875);
    expect(parseRfc3339Micros('2017-01-26T17:46:31.639875+01:00')).toBe(1485449191639875);
    expect(parseRfc3339Micros('2017-01-26 16:46:31Z')).toBe(1485449191000000);
    expect(parseRfc3339Micros('yesterday')).toBeUndefined();
  });
});
