import { loadInteropFixtures } from './fixtures.ts';
import { ensureJaegerBinary } from './jaeger-binary.ts';
import { kafkaChecks } from './kafka-checks.ts';
import type { InteropOptions } from './options.ts';
import { storageChecks, type SuiteContext } from './storage-checks.ts';
import type { CheckResult } from './table.ts';

/** Runs the selected parts one after another (each starts and stops its own processes). */
export async function runInterop(
  options: InteropOptions,
  log: (message: string) => void,
): Promise<CheckResult[]> {
  const jaegerBinary = await ensureJaegerBinary(log);
  const ctx: SuiteContext = {
    jaegerBinary,
    fixtures: loadInteropFixtures(new Date()),
    log,
    keep: options.keep,
  };
  const results: CheckResult[] = [];
  for (const part of options.parts) {
    log(`${part}…`);
    if (part === 'kafka') {
      for (const encoding of options.encodings) results.push(...(await kafkaChecks(encoding, ctx)));
    } else results.push(...(await storageChecks(part, ctx)));
  }
  return results;
}
