import { RedCells } from '@spanstream/metrics-store';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { RedPrometheus } from './red-prometheus.ts';

describe('RedPrometheus', () => {
  it('exports calls by status and a cumulative duration histogram under spanmetrics names', async () => {
    const registry = new Registry();
    const red = new RedPrometheus(registry);
    const cells = new RedCells();
    cells.add('api', 'SPAN_KIND_SERVER', 'GET /', 0, 4, false);
    cells.add('api', 'SPAN_KIND_SERVER', 'GET /', 10, 12, true);
    red.add(cells.values());
    red.add(cells.values()); // a second committed window with the same counts
    const text = await registry.metrics();
    const labels = 'service_name="api",span_name="GET /",span_kind="SPAN_KIND_SERVER"';
    expect(text).toContain(`traces_span_metrics_calls_total{${labels},status_code="STATUS_CODE_UNSET"} 2`);
    expect(text).toContain(`traces_span_metrics_calls_total{${labels},status_code="STATUS_CODE_ERROR"} 2`);
    expect(text).toContain(`traces_span_metrics_duration_milliseconds_bucket{le="3",${labels}} 0`);
    expect(text).toContain(`traces_span_metrics_duration_milliseconds_bucket{le="5",${labels}} 2`);
    expect(text).toContain(`traces_span_metrics_duration_milliseconds_bucket{le="15",${labels}} 4`);
    expect(text).toContain(`traces_span_metrics_duration_milliseconds_bucket{le="+Inf",${labels}} 4`);
    expect(text).toContain(`traces_span_metrics_duration_milliseconds_sum{${labels}} 32`);
    expect(text).toContain(`traces_span_metrics_duration_milliseconds_count{${labels}} 4`);
  });
});
