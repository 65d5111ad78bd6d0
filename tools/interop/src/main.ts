#!/usr/bin/env node
// npm run interop: see src/options.ts for the flags and docs/interop.md for what it checks.
import { runTool } from '@spanstream/testkit';
import { parseInteropOptions, usage } from './options.ts';
import { runInterop } from './run.ts';
import { exitCode, formatTable } from './table.ts';

runTool('interop', usage, async ({ argv, log }) => {
  const results = await runInterop(parseInteropOptions(argv), log);
  for (const result of results.filter((r) => !r.ok)) log(`FAIL ${result.check}: ${result.detail}`);
  console.log(`\n${formatTable(results)}\n`);
  const failedCount = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failedCount}/${results.length} checks passed`);
  return exitCode(results);
});
