import type { KeyValue, Micros, Span, SpanId, TraceId } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { ThroughputAggregator } from './throughput-aggregator.ts';

function root(operation: string, tags: KeyValue[], parent = false): Span {
  const traceId = '1'.padStart(32, '0') as TraceId;
  return {
    traceId,
    spanId: '2'.padStart(16, '0') as SpanId,
    operationName: operation,
    references: parent ? [{ refType: 'CHILD_OF', traceId, spanId: '3'.padStart(16, '0') as SpanId }] : [],
    flags: 1,
    startTime: 0 as Micros,
    duration: 1 as Micros,
    tags,
    logs: [],
    process: { serviceName: 'shop', tags: [] },
    warnings: [],
  };
}

const sampler = (type: string, param: KeyValue['value'] | undefined): KeyValue[] => [
  { key: 'sampler.type', type: 'string', value: type },
  ...(param === undefined
    ? []
    : [
        typeof param === 'number'
          ? ({ key: 'sampler.param', type: 'float64', value: param } as const)
          : typeof param === 'bigint'
            ? ({ key: 'sampler.param', type: 'int64', value: param } as const)
            : ({ key: 'sampler.param', type: 'string', value: String(param) } as const),
      ]),
];

describe("ThroughputAggregator (Jaeger's HandleRootSpan / RecordThroughput)", () => {
  it('counts probabilistic root spans only; lowerbound, ratelimiting and const make the operation known with their param', () => {
    const aggregator = new ThroughputAggregator(60_000);
    aggregator.observe(
      [
        root('checkout', sampler('probabilistic', 0.5)),
        root('checkout', sampler('probabilistic', '0.5')),
        root('checkout', sampler('lowerbound', 0.5)),
        root('checkout', sampler('probabilistic', 0.5), true), // not a root span
        root('refund', sampler('ratelimiting', 2n)),
        root('login', sampler('const', 1n)),
        root('ignored', sampler('remote', 1)), // not a sampler Jaeger knows
        root('ignored', sampler('probabilistic', undefined)), // no param
        root('ignored', sampler('probabilistic', 'abc')), // not a number
      ],
      0,
    );
    const [entries] = [...aggregator.drain().values()];
    expect(entries).toEqual([
      { service: 'shop', operation: 'checkout', count: 2, probabilities: ['0.500000'] },
      { service: 'shop', operation: 'refund', count: 0, probabilities: ['2.000000'] },
      { service: 'shop', operation: 'login', count: 0, probabilities: ['1.000000'] },
    ]);
  });
});
