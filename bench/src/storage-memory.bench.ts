import { createMemoryStore } from '@spanstream/storage-memory';
import type { BenchResult } from './harness.ts';
import { benchStore } from './workload.ts';

/** The in-memory store (all-in-one): write rate, trace-by-ID and search latency with 20,000 traces held. */
export async function run(): Promise<BenchResult[]> {
  const store = createMemoryStore();
  try {
    return await benchStore(store, {
      name: 'memory',
      traces: 20_000,
      batch: 500,
      writers: 1,
      lookups: 20_000,
      searches: 500,
      writeNotes: '20,000 traces held',
    });
  } finally {
    await store.close();
  }
}
