import { describe, expect, it } from 'vitest';
import { deriveDependencies } from './dependencies.ts';
import { parseSpanId, parseTraceId } from './ids.ts';
import { stringTag } from './key-value.ts';
import type { RefType, Span } from './span.ts';
import { micros } from './time.ts';

const TRACE = parseTraceId('1')!;

function span(
  id: string,
  service: string,
  refs: readonly [RefType, string][] = [],
  kind?: string,
  extraTags: Span['tags'] = [],
): Span {
  return {
    traceId: TRACE,
    spanId: parseSpanId(id)!,
    operationName: `op-${id}`,
    references: refs.map(([refType, parent]) => ({ refType, traceId: TRACE, spanId: parseSpanId(parent)! })),
    flags: 1,
    startTime: micros(1_000_000),
    duration: micros(10),
    tags: [...(kind ? [stringTag('span.kind', kind)] : []), ...extraTags],
    logs: [],
    process: { serviceName: service, tags: [] },
    warnings: [],
  };
}

describe('deriveDependencies, memory rule', () => {
  it.each([
    {
      rule: 'counts parent → child calls across services and leaves out calls within a service',
      spans: [
        span('1', 'frontend'),
        span('2', 'frontend', [['CHILD_OF', '1']]),
        span('3', 'api', [['CHILD_OF', '2']]),
        span('4', 'api', [['CHILD_OF', '2']]),
        span('5', 'db', [['CHILD_OF', '3']]),
      ],
      expected: [
        { parent: 'api', child: 'db', callCount: 1 },
        { parent: 'frontend', child: 'api', callCount: 2 },
      ],
    },
    {
      rule: 'follows the first CHILD_OF reference, else the first FOLLOWS_FROM, and ignores missing parents',
      spans: [
        span('1', 'a'),
        span('2', 'b'),
        span('3', 'c', [
          ['FOLLOWS_FROM', '1'],
          ['CHILD_OF', '2'],
        ]),
        span('4', 'd', [['FOLLOWS_FROM', '1']]),
        span('5', 'e', [['CHILD_OF', 'ff']]),
      ],
      expected: [
        { parent: 'a', child: 'd', callCount: 1 },
        { parent: 'b', child: 'c', callCount: 1 },
      ],
    },
    {
      rule: 'links Zipkin shared client/server spans and re-parents the server side children',
      spans: [
        span('1', 'web'),
        span('2', 'web', [['CHILD_OF', '1']], 'client'),
        span('2', 'api', [['CHILD_OF', '1']], 'server'),
        span('3', 'db', [['CHILD_OF', '2']]),
      ],
      expected: [
        { parent: 'api', child: 'db', callCount: 1 },
        { parent: 'web', child: 'api', callCount: 1 },
      ],
    },
  ])('$rule', ({ spans, expected }) => {
    expect(deriveDependencies(spans)).toEqual(expected);
  });

  it('sums over traces given as spans or Trace objects and adds the source when asked', () => {
    const other = parseTraceId('2')!;
    const spans = [span('1', 'a'), span('2', 'b', [['CHILD_OF', '1']])];
    const moved = spans.map((s) => ({
      ...s,
      traceId: other,
      references: s.references.map((r) => ({ ...r, traceId: other })),
    }));
    expect(deriveDependencies([...spans, { spans: moved, warnings: [] }], { source: 'jaeger' })).toEqual([
      { parent: 'a', child: 'b', callCount: 2, source: 'jaeger' },
    ]);
  });
});

describe('deriveDependencies, spark rule', () => {
  it('counts every reference, keeps same-service calls and links leaves to peer.service', () => {
    const spans = [
      span('1', 'a'),
      span('2', 'a', [['CHILD_OF', '1']]),
      span('3', 'b', [
        ['CHILD_OF', '2'],
        ['FOLLOWS_FROM', '1'],
      ]),
      span('4', 'b', [['CHILD_OF', '3']], 'client', [stringTag('peer.service', 'redis')]),
      span('5', 'b', [], 'client', [stringTag('peer.service', 'ignored-root')]),
    ];
    expect(deriveDependencies(spans, { rule: 'spark' })).toEqual([
      { parent: 'a', child: 'a', callCount: 1 },
      { parent: 'a', child: 'b', callCount: 2 },
      { parent: 'b', child: 'b', callCount: 1 },
      { parent: 'b', child: 'redis', callCount: 1 },
    ]);
  });

  it('links shared spans client → server once and parents their children on the server side', () => {
    const spans = [
      span('1', 'web'),
      span('2', 'web', [['CHILD_OF', '1']], 'client'),
      span('2', 'api', [['CHILD_OF', '1']], 'server'),
      span('3', 'db', [['CHILD_OF', '2']]),
    ];
    expect(deriveDependencies(spans, { rule: 'spark' })).toEqual([
      { parent: 'api', child: 'db', callCount: 1 },
      { parent: 'web', child: 'api', callCount: 1 },
      { parent: 'web', child: 'web', callCount: 1 },
    ]);
  });
});
