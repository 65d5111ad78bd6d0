import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@spanstream/stack';
import { FAULT_NAMES, type FaultName } from './faults.ts';
import type { ChaosOptions } from './run.ts';

export const usage = `usage: npm run chaos -- [--short] [--spans N] [--rate SPANS_PER_S] [--faults a,b,…]
  [--kafka cluster|stack] [--storage elasticsearch|opensearch] [--freeze-seconds S] [--freeze-pid PID] [--seed N]
  [--log-dir DIR (default artifacts/chaos: each process's output tail)]
faults: ${FAULT_NAMES.join(', ')}
full (default): 150000 spans at 2500/s, every fault, the stack's 3-broker cluster (started under
  SPANSTREAM_CHAOS_STACK_DIR, default <stack dir>/chaos, and stopped again if the run started it)
--short (CI): 20000 spans at 1000/s on the shared single broker, no broker failover, a 10 s freeze`;

/** The full run unless --short; every value can be overridden. */
export function parseChaosOptions(argv: readonly string[], log: (m: string) => void): ChaosOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      short: { type: 'boolean', default: false },
      spans: { type: 'string' },
      rate: { type: 'string' },
      faults: { type: 'string' },
      kafka: { type: 'string' },
      storage: { type: 'string' },
      'freeze-seconds': { type: 'string' },
      'freeze-pid': { type: 'string' },
      seed: { type: 'string' },
      'log-dir': { type: 'string' },
    },
  });
  const short = values.short;
  const faults = (values.faults?.split(',') ??
    (short ? FAULT_NAMES.filter((f) => f !== 'broker-failover') : [...FAULT_NAMES])) as FaultName[];
  for (const fault of faults) {
    if (!(FAULT_NAMES as readonly string[]).includes(fault))
      throw new Error(`unknown fault ${fault}\n${usage}`);
  }
  const kafka = values.kafka ?? (faults.includes('broker-failover') ? 'cluster' : 'stack');
  if (kafka !== 'cluster' && kafka !== 'stack') throw new Error(`--kafka must be cluster or stack\n${usage}`);
  const storage = values.storage ?? 'elasticsearch';
  if (storage !== 'elasticsearch' && storage !== 'opensearch') throw new Error(`bad --storage\n${usage}`);
  return {
    spans: Number(values.spans ?? (short ? 20_000 : 150_000)),
    rate: Number(values.rate ?? (short ? 1_000 : 2_500)),
    faults,
    kafka,
    storage,
    ingesters: 3,
    partitions: 6,
    freezeMs: 1000 * Number(values['freeze-seconds'] ?? (short ? 10 : 30)),
    freezePid: values['freeze-pid'] === undefined ? undefined : Number(values['freeze-pid']),
    poisonRecords: 50,
    brokerDownMs: 20_000,
    querySample: short ? 100 : 300,
    drainTimeoutMs: short ? 120_000 : 300_000,
    seed: Number(values.seed ?? 0x5eed),
    logDir: values['log-dir'] ?? join(repoRoot, 'artifacts', 'chaos'),
    log,
  };
}
