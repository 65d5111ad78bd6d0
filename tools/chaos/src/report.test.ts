import { describe, expect, it } from 'vitest';
import { otlpRequestBody, requestCount, spanIdOf, traceIdOf, type LoadShape } from './ids.ts';
import { recoverySeconds } from './monitor.ts';
import { sampleIndexes } from './query-sample.ts';
import { failures, formatTable, type ChaosReport, type PhaseRow } from './report.ts';

const shape: LoadShape = { spans: 1_005, spansPerTrace: 10, tracesPerRequest: 50, salt: 0x5eed };

describe('known IDs', () => {
  it('are unique over the run, well-formed, and all sent exactly once', () => {
    const ids = new Set<string>();
    for (let request = 0; request < requestCount(shape); request++) {
      const body = JSON.parse(otlpRequestBody(shape, request, 0)) as {
        resourceSpans: { scopeSpans: { spans: { traceId: string; spanId: string }[] }[] }[];
      };
      for (const span of body.resourceSpans[0]!.scopeSpans[0]!.spans) {
        expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
        expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
        ids.add(span.spanId);
      }
    }
    expect(ids.size).toBe(shape.spans);
    expect(spanIdOf(shape, 100, 4)).toBe(spanIdOf(shape, 100, 4));
    expect(traceIdOf(shape, 0)).not.toBe(traceIdOf({ ...shape, salt: 1 }, 0));
  });
});

describe('sampling and recovery', () => {
  it('samples evenly, first and last included', () => {
    expect(sampleIndexes(10, 3)).toEqual([0, 5, 9]);
    expect(sampleIndexes(2, 5)).toEqual([0, 1]);
  });

  it('recovers when ingestion moves again (and an ack follows while the load runs)', () => {
    const progress: [number, number][] = [
      [0, 10],
      [1_000, 10],
      [3_000, 10],
      [4_000, 25],
    ];
    expect(recoverySeconds(1_500, [2_000, 6_000], progress)).toBe(2.5);
    expect(recoverySeconds(1_500, [5_000], progress)).toBe(3.5);
    expect(recoverySeconds(1_500, [], progress)).toBe(2.5);
    expect(recoverySeconds(4_500, [], progress)).toBeUndefined();
  });
});

describe('verdict', () => {
  const row = (phase: string, lost = 0, duplicateDocs = 0): PhaseRow => ({
    phase,
    ackedSpans: 100,
    lost,
    duplicateDocs,
    queriedTraces: 2,
    duplicateInQuery: 0,
    missingInQuery: 0,
    recoverySeconds: undefined,
    peakIngesterRssMiB: 150,
  });
  const report = (total: PhaseRow): ChaosReport => ({
    rows: [row('baseline')],
    total,
    notAcknowledgedSpans: 0,
    retries: {},
    poison: 50,
    dlq: 50,
    drainSeconds: 1,
  });

  it('fails on any loss or duplicated document, passes on neither', () => {
    expect(failures(report(row('total')))).toEqual([]);
    expect(failures(report(row('total', 3)))).toEqual(['3 acknowledged spans lost']);
    expect(failures(report(row('total', 0, 2)))).toEqual(['2 duplicated documents']);
    expect(failures({ ...report(row('total')), dlq: 49 })).toEqual(['1 poison records not dead-lettered']);
  });

  it('prints one Markdown table with a row per phase and a total', () => {
    const lines = formatTable(report(row('total'))).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| phase +\| acked spans \| lost \|/);
    expect(lines[3]).toMatch(/^\| total/);
  });
});
