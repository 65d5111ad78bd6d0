import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '@spanstream/storage-sqlite';
import type { BenchResult } from './harness.ts';
import { benchStore } from './workload.ts';

/**
 * The embedded sqlite store (a file in WAL mode), with the memory bench's workload so the two
 * compare directly: write rate, trace-by-ID and search latency with 20,000 traces held.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'spanstream-bench-sqlite-'));
  const store = createSqliteStore({ path: join(dir, 'spans.db'), ttlMs: 0, maintenanceIntervalMs: 0 });
  try {
    return await benchStore(store, {
      name: 'sqlite',
      traces: 20_000,
      batch: 500,
      writers: 1,
      lookups: 20_000,
      searches: 500,
      writeNotes: '20,000 traces held, WAL, synchronous=NORMAL',
    });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
