import { describe, expect, it } from 'vitest';
import type { LiveSpan } from '../api/live-stream.ts';
import { parseSseChunk } from '../api/live-stream.ts';
import { familySeries, meanOf } from '../api/metrics.ts';
import { INITIAL_LIVE_STATE, LIVE_LIST_LIMIT, liveReducer } from './live-list.ts';
import { operationRows } from './monitor.ts';

const span = (i: number): LiveSpan => ({
  traceID: `t${i}`,
  spanID: `s${i}`,
  operationName: `op${i}`,
  startTime: i,
  duration: 1,
  processID: 'p1',
});

describe('parseSseChunk', () => {
  it('splits complete events, skips comments and keeps the unfinished rest', () => {
    const { events, rest } = parseSseChunk(
      ': ping\n\nevent: span\ndata: {"a":1}\n\nevent: dropped\ndata: {"dropped":3}\n\nevent: sp',
    );
    expect(events).toEqual([
      { event: 'span', data: '{"a":1}' },
      { event: 'dropped', data: '{"dropped":3}' },
    ]);
    expect(rest).toBe('event: sp');
  });
});

describe('liveReducer', () => {
  it('lists newest first, bounded, and holds arrivals while paused', () => {
    let state = liveReducer(INITIAL_LIVE_STATE, { type: 'ready' });
    state = liveReducer(state, { type: 'spans', spans: [span(1), span(2)] });
    expect(state.spans.map((s) => s.spanID)).toEqual(['s2', 's1']);
    state = liveReducer(state, { type: 'pause' });
    state = liveReducer(state, { type: 'spans', spans: [span(3)] });
    expect(state.spans).toHaveLength(2);
    expect(state.held.map((s) => s.spanID)).toEqual(['s3']);
    state = liveReducer(state, { type: 'resume' });
    expect(state.spans.map((s) => s.spanID)).toEqual(['s3', 's2', 's1']);
    state = liveReducer(state, {
      type: 'spans',
      spans: Array.from({ length: LIVE_LIST_LIMIT + 10 }, (_, i) => span(100 + i)),
    });
    expect(state.spans).toHaveLength(LIVE_LIST_LIMIT);
    expect(state.spans[0]!.spanID).toBe(`s${100 + LIVE_LIST_LIMIT + 9}`);
    expect(state.received).toBe(3 + LIVE_LIST_LIMIT + 10);
  });
});

describe('metrics', () => {
  it("reads Jaeger's MetricFamily proto-JSON, NaN strings included", () => {
    const series = familySeries({
      name: 'service_operation_call_rate',
      metrics: [
        {
          labels: [
            { name: 'service_name', value: 'web' },
            { name: 'operation', value: 'GET /' },
          ],
          metricPoints: [
            { gaugeValue: { doubleValue: 4 }, timestamp: '2024-01-01T00:01:00Z' },
            { gaugeValue: { doubleValue: 'NaN' }, timestamp: '2024-01-01T00:00:00Z' },
          ],
        },
      ],
    });
    expect(series[0]!.label).toBe('GET /');
    expect(series[0]!.points.map((p) => p.t)).toEqual([
      Date.parse('2024-01-01T00:00:00Z'),
      Date.parse('2024-01-01T00:01:00Z'),
    ]);
    expect(meanOf(series[0]!.points)).toBe(4);
  });

  it('weighs operations by p95 × rate relative to the heaviest', () => {
    const s = (label: string, v: number) => ({ label, points: [{ t: 0, v }] });
    const rows = operationRows([s('a', 100), s('b', 10)], [s('a', 1), s('b', 5)], [s('a', 0.5)]);
    expect(rows).toEqual([
      { name: 'a', p95: 100, rate: 1, errorRate: 0.5, impact: 1 },
      { name: 'b', p95: 10, rate: 5, errorRate: Number.NaN, impact: 0.5 },
    ]);
  });
});
