#!/usr/bin/env node
// npm run chaos: see tools/chaos/src/options.ts for the flags and docs/reliability.md for results.
import { runTool } from '@spanstream/testkit';
import { parseChaosOptions, usage } from './options.ts';
import { failures, formatTable } from './report.ts';
import { runChaos } from './run.ts';

runTool(
  'chaos',
  usage,
  async ({ argv, log }) => {
    const options = parseChaosOptions(argv, log);
    log(
      `${options.spans} spans at ${options.rate}/s; faults: ${options.faults.join(', ')}; kafka: ${options.kafka}`,
    );
    const report = await runChaos(options);
    console.log(`\n${formatTable(report)}\n`);
    console.log(
      `not acknowledged (gave up): ${report.notAcknowledgedSpans} spans; retries: ${JSON.stringify(report.retries)}; ` +
        `poison ${report.poison} → DLQ ${report.dlq}; drained ${report.drainSeconds.toFixed(1)} s after the load; ` +
        `exits: ${JSON.stringify(report.exits)}`,
    );
    const failed = failures(report);
    for (const line of failed) console.error(`FAIL: ${line}`);
    return failed.length === 0 ? 0 : 1;
  },
  'stdout',
);
