import { describe, expect, it } from 'vitest';
import { parseMetricsQuery } from './api-metrics.ts';

describe('parseMetricsQuery (Jaeger parseMetricsQueryParams)', () => {
  it("applies Jaeger's defaults: 1 h lookback, 5 s step, 10 min ratePer, server spans", () => {
    expect(parseMetricsQuery({ service: ['a', 'b'] }, 1_000_000)).toEqual({
      ok: true,
      value: {
        services: ['a', 'b'],
        groupByOperation: false,
        spanKinds: ['SPAN_KIND_SERVER'],
        endMs: 1_000_000,
        lookbackMs: 3_600_000,
        stepMs: 5_000,
        ratePerMs: 600_000,
      },
    });
  });

  it('accepts enum names and the short names Jaeger UI shows', () => {
    const parsed = parseMetricsQuery({ service: 'a', spanKind: ['SPAN_KIND_CLIENT', 'server'] }, 0);
    expect(parsed.ok && parsed.value.spanKinds).toEqual(['SPAN_KIND_CLIENT', 'SPAN_KIND_SERVER']);
  });

  it("refuses what Jaeger refuses, with Jaeger's messages", () => {
    expect(parseMetricsQuery({}, 0)).toEqual({
      ok: false,
      error: "unable to parse param 'service': please provide at least one service name",
    });
    expect(parseMetricsQuery({ service: 'a', spanKind: 'sideways' }, 0)).toEqual({
      ok: false,
      error: "unable to parse param 'spanKind': unsupported span kind: 'sideways'",
    });
    expect(parseMetricsQuery({ service: 'a', groupByOperation: 'yes' }, 0)).toEqual({
      ok: false,
      error: `unable to parse param 'groupByOperation': strconv.ParseBool: parsing "yes": invalid syntax`,
    });
    expect(parseMetricsQuery({ service: 'a', lookback: '1h' }, 0)).toEqual({
      ok: false,
      error: `unable to parse param 'lookback': strconv.ParseInt: parsing "1h": invalid syntax`,
    });
  });
});
