#!/usr/bin/env node
// npm run chaos: see tools/chaos/src/options.ts for the flags and docs/reliability.md for results.
import { parseChaosOptions, usage } from './options.ts';
import { failures, formatTable } from './report.ts';
import { runChaos } from './run.ts';

process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'TimeoutNegativeWarning') console.error(`(node) ${warning.name}: ${warning.message}`);
});

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const began = Date.now();
  const log = (message: string) => {
    console.log(`[chaos +${((Date.now() - began) / 1000).toFixed(1)}s] ${message}`);
  };
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
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`chaos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
