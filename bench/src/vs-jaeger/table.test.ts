import { describe, expect, it } from 'vitest';
import { formatRows, ratioOf, record, tableRows, type Figures } from './table.ts';

const labels = { runs: '4', drain: '200,000', traceSpans: '10,000' };

describe('the side-by-side table', () => {
  it("reproduces issue 20's collector row: the median of each side, their ratio, and a fail below 1.0", () => {
    const figures: Figures = {};
    for (const value of [27_000, 27_807, 28_500, 26_000])
      record(figures, 'collector.protobuf.perCpu', 'ours', value);
    for (const value of [77_620, 77_000, 78_000, 79_000])
      record(figures, 'collector.protobuf.perCpu', 'jaeger', value);
    const [row] = tableRows(figures, labels);
    expect(row).toEqual({
      hop: 'collector → Kafka, per-span Jaeger protobuf, spans per CPU-second (saturating, median of 4)',
      ours: '27,404',
      jaeger: '77,810',
      ratio: '0.35',
      target: '>= 1 (issue 20)',
      verdict: 'fail',
    });
  });

  it('passes a cost row at or under its target, shows RSS as a range, and joins two encodings', () => {
    const figures: Figures = {
      'ingester.rss': { ours: [300, 340], jaeger: [181, 175] },
      'steady.protobuf.cpuPercent': { ours: [18], jaeger: [20] },
      'steady.otlp_proto.cpuPercent': { ours: [14], jaeger: [13] },
    };
    const rows = tableRows(figures, labels);
    expect(rows.map((r) => r.hop)).toEqual([
      'steady 10,000 spans/s, % of one core (protobuf / otlp_proto)',
      'ingester peak RSS',
    ]);
    expect(rows[0]).toMatchObject({
      ours: '18 % / 14 %',
      jaeger: '20 % / 13 %',
      ratio: '0.90× / 1.08×',
      verdict: 'fail',
    });
    expect(rows[1]).toMatchObject({
      ours: '300–340 MiB',
      jaeger: '175–181 MiB',
      ratio: '1.80×',
      verdict: 'pass',
    });
  });

  it('leaves the verdict empty when a side is missing or the row has no target', () => {
    const rows = tableRows(
      {
        'query.rss': { ours: [500], jaeger: [] },
        'latency.p50': { ours: [900], jaeger: [1200] },
        'latency.p99': { ours: [2000], jaeger: [2500] },
      },
      labels,
    );
    expect(rows.map((r) => [r.ratio, r.verdict])).toEqual([
      ['-', ''],
      ['0.75× / 0.80×', ''],
    ]);
    expect(ratioOf({ ours: [1], jaeger: [] })).toBeNaN();
  });

  it('prints a Markdown table with a header and one line per row', () => {
    const text = formatRows(tableRows({ 'query.p50': { ours: [353], jaeger: [786] } }, labels));
    expect(text.split('\n')).toEqual([
      '| hop | Spanstream | Jaeger v2 | ratio | target |  |',
      '| --- | --- | --- | --- | --- | --- |',
      '| query: 10,000-span trace by ID on ES, p50 latency | 353 ms | 786 ms | 0.45× | <= 0.5 (issue 20) | pass |',
    ]);
  });
});
