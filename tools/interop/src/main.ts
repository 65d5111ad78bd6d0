#!/usr/bin/env node
// npm run interop: see src/options.ts for the flags and docs/interop.md for what it checks.
import { parseInteropOptions, usage } from './options.ts';
import { runInterop } from './run.ts';
import { exitCode, formatTable } from './table.ts';

// kafkajs schedules negative timeouts (harmless); everything else is shown.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'TimeoutNegativeWarning') console.error(`(node) ${warning.name}: ${warning.message}`);
});

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const options = parseInteropOptions(argv);
  const began = Date.now();
  const log = (message: string) => {
    console.error(`[interop +${((Date.now() - began) / 1000).toFixed(1)}s] ${message}`);
  };
  const results = await runInterop(options, log);
  for (const result of results.filter((r) => !r.ok)) log(`FAIL ${result.check}: ${result.detail}`);
  console.log(`\n${formatTable(results)}\n`);
  const failedCount = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failedCount}/${results.length} checks passed`);
  return exitCode(results);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`interop: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
