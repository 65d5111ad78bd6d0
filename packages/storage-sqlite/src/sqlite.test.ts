import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStorageConformance } from '@spanstream/storage-conformance';
import { afterAll } from 'vitest';
import { createSqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'spanstream-sqlite-conformance-'));
let n = 0;
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// A real file per group (WAL mode, as in production), not `:memory:`.
runStorageConformance('sqlite', {
  create: () =>
    Promise.resolve(
      createSqliteStore({
        path: join(dir, `store-${n++}.db`),
        ttlMs: 72 * 3_600_000,
        maintenanceIntervalMs: 0,
      }),
    ),
});
