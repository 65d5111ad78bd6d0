import { describe, expect, it } from 'vitest';
import type { TraceId } from '../ids.ts';
import type { KeyValue } from '../key-value.ts';
import type { Micros } from '../time.ts';
import { dedupeBySpanHash } from './dedupe-by-span-hash.ts';
import { ipTagAdjuster } from './ip-tag.ts';
import { otelTagAdjuster } from './otel-tag.ts';
import { parentReferenceAdjuster } from './parent-reference.ts';
import { sortTagsAndLogFields } from './sort-tags.ts';
import { spanIdOf, TEST_TRACE_ID, testSpan, traceOf } from './span-fixture.ts';
import { spanReferencesAdjuster } from './span-references.ts';

const str = (key: string, value: string): KeyValue => ({ key, type: 'string', value });

describe('ipTagAdjuster', () => {
  it('turns packed int64 ip and peer.ipv4 tags into dotted strings, span and process alike', () => {
    const span = testSpan(1, {
      tags: [{ key: 'peer.ipv4', type: 'int64', value: 0x08080808n }, str('ip', 'x')],
      process: { serviceName: 's', tags: [{ key: 'ip', type: 'int64', value: 0x7f000001n }] },
    });
    const [out] = ipTagAdjuster(traceOf(span)).spans;
    expect(out!.tags).toEqual([str('peer.ipv4', '8.8.8.8'), str('ip', 'x')]);
    expect(out!.process.tags).toEqual([str('ip', '127.0.0.1')]);
  });

  it('keeps other int64 tags and the trace object when nothing matches', () => {
    const trace = traceOf(testSpan(1, { tags: [{ key: 'port', type: 'int64', value: 80n }] }));
    expect(ipTagAdjuster(trace)).toBe(trace);
  });
});

describe('otelTagAdjuster', () => {
  it('moves telemetry.sdk.* and telemetry.distro.* from span tags to process tags', () => {
    const span = testSpan(1, {
      tags: [
        str('telemetry.sdk.language', 'go'),
        str('http.method', 'GET'),
        str('telemetry.distro.name', 'd'),
      ],
      process: { serviceName: 's', tags: [str('host', 'h')] },
    });
    const [out] = otelTagAdjuster(traceOf(span)).spans;
    expect(out!.tags).toEqual([str('http.method', 'GET')]);
    expect(out!.process.tags).toEqual([
      str('host', 'h'),
      str('telemetry.sdk.language', 'go'),
      str('telemetry.distro.name', 'd'),
    ]);
  });
});

describe('sortTagsAndLogFields', () => {
  it('sorts tags by key and puts the event field first in logs', () => {
    const span = testSpan(1, {
      tags: [str('b', '1'), str('a', '2'), str('b', '0')],
      process: { serviceName: 's', tags: [str('z', ''), str('y', '')] },
      logs: [{ timestamp: 1 as Micros, fields: [str('zeta', ''), str('event', 'boom'), str('alpha', '')] }],
    });
    const [out] = sortTagsAndLogFields(traceOf(span)).spans;
    expect(out!.tags).toEqual([str('a', '2'), str('b', '1'), str('b', '0')]);
    expect(out!.process.tags.map((t) => t.key)).toEqual(['y', 'z']);
    expect(out!.logs[0]!.fields.map((f) => f.key)).toEqual(['event', 'alpha', 'zeta']);
  });

  it('returns the very same trace when everything is already sorted, and sorts a shared process once', () => {
    const sorted = traceOf(testSpan(1, { tags: [str('a', ''), str('b', '')] }), testSpan(2));
    expect(sortTagsAndLogFields(sorted)).toBe(sorted);
    const process = { serviceName: 's', tags: [str('z', ''), str('a', '')] };
    const [x, y] = sortTagsAndLogFields(traceOf(testSpan(1, { process }), testSpan(2, { process }))).spans;
    expect(x!.process.tags.map((t) => t.key)).toEqual(['a', 'z']);
    expect(x!.process).toBe(y!.process);
  });

  it('does not move a non-string event field', () => {
    const span = testSpan(1, {
      logs: [{ timestamp: 1 as Micros, fields: [str('b', ''), { key: 'event', type: 'bool', value: true }] }],
    });
    const [out] = sortTagsAndLogFields(traceOf(span)).spans;
    expect(out!.logs[0]!.fields.map((f) => f.key)).toEqual(['b', 'event']);
  });
});

describe('dedupeBySpanHash', () => {
  it('removes exact copies (tags in any order) and keeps spans that only share an ID', () => {
    const a = testSpan(1, { tags: [str('x', '1'), str('y', '2')] });
    const copy = testSpan(1, { tags: [str('y', '2'), str('x', '1')] });
    const sameIdOtherContent = testSpan(1, { tags: [str('x', 'other')] });
    const out = dedupeBySpanHash(traceOf(a, copy, sameIdOtherContent, testSpan(2))).spans;
    expect(out).toEqual([a, sameIdOtherContent, testSpan(2)]);
  });

  it('distinguishes values of different types with the same text', () => {
    const a = testSpan(1, { tags: [str('n', '1')] });
    const b = testSpan(1, { tags: [{ key: 'n', type: 'int64', value: 1n }] });
    expect(dedupeBySpanHash(traceOf(a, b)).spans).toHaveLength(2);
  });
});

describe('spanReferencesAdjuster', () => {
  it('drops references with a zero trace ID and says so in a warning', () => {
    const zero = '0'.repeat(32) as TraceId;
    const span = testSpan(2, {
      references: [
        { refType: 'CHILD_OF', traceId: zero, spanId: spanIdOf(1) },
        { refType: 'FOLLOWS_FROM', traceId: TEST_TRACE_ID, spanId: spanIdOf(3) },
      ],
    });
    const [out] = spanReferencesAdjuster(traceOf(span)).spans;
    expect(out!.references).toEqual([
      { refType: 'FOLLOWS_FROM', traceId: TEST_TRACE_ID, spanId: spanIdOf(3) },
    ]);
    expect(out!.warnings).toEqual([
      'Invalid span reference removed {TraceID:0000000000000000 SpanID:0000000000000001 RefType:CHILD_OF}',
    ]);
  });
});

describe('parentReferenceAdjuster', () => {
  const other = 'ffffffffffffffffffffffffffffffff' as TraceId;

  it('moves the first same-trace CHILD_OF reference to the front', () => {
    const span = testSpan(9, {
      references: [
        { refType: 'CHILD_OF', traceId: other, spanId: spanIdOf(1) },
        { refType: 'FOLLOWS_FROM', traceId: TEST_TRACE_ID, spanId: spanIdOf(2) },
        { refType: 'CHILD_OF', traceId: TEST_TRACE_ID, spanId: spanIdOf(3) },
      ],
    });
    const [out] = parentReferenceAdjuster(traceOf(span)).spans;
    expect(out!.references.map((r) => r.spanId)).toEqual([spanIdOf(3), spanIdOf(2), spanIdOf(1)]);
  });

  it('falls back to the first same-trace reference of any type', () => {
    const span = testSpan(9, {
      references: [
        { refType: 'CHILD_OF', traceId: other, spanId: spanIdOf(1) },
        { refType: 'FOLLOWS_FROM', traceId: TEST_TRACE_ID, spanId: spanIdOf(2) },
      ],
    });
    const [out] = parentReferenceAdjuster(traceOf(span)).spans;
    expect(out!.references.map((r) => r.spanId)).toEqual([spanIdOf(2), spanIdOf(1)]);
  });
});
