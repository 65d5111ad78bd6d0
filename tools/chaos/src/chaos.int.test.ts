import { afterAll, describe, expect, it } from 'vitest';
import { parseChaosOptions } from './options.ts';
import { failures, formatTable, type ChaosReport } from './report.ts';
import { runChaos } from './run.ts';

// The CI form of `npm run chaos -- --short`: on the shared single broker, every fault but broker
// failover (that one needs the 3-broker cluster: `npm run chaos`), a 10 s storage freeze.
const aborted = new AbortController();
let run: Promise<ChaosReport> | undefined;

// On a timeout the run is aborted and awaited, so that it stops its processes and drops its topic and indices.
afterAll(async () => {
  aborted.abort();
  await run?.catch(() => undefined);
});

describe('chaos (short form)', () => {
  it('every acknowledged span is stored once and answered once, through kills, a freeze, poison and a restart', async () => {
    const options = parseChaosOptions(['--short'], (message) => {
      console.log(`[chaos] ${message}`);
    });
    run = runChaos({ ...options, signal: aborted.signal });
    const report = await run;
    console.log(formatTable(report));
    expect(report.total.ackedSpans).toBe(options.spans);
    expect(report.total.queriedTraces).toBeGreaterThan(0);
    expect(failures(report)).toEqual([]);
    expect(Object.values(report.exits ?? {}).every((code) => code === 0)).toBe(true);
  }, 300_000);
});
