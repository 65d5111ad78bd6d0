import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadedModules, RECORD_MODULES, type LoadedModules } from './loaded-modules.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'storage-factory-lazy-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Builds (and closes) the stores of `args` in a child process, reporting what it loaded. */
function build(args: string[]): LoadedModules {
  const script = `
    import { loadConfig } from '@spanstream/config';
    import { createSpanStores, storageConfig, STORE_TYPES } from '@spanstream/storage-factory';
    const { values } = loadConfig(storageConfig(STORE_TYPES, 'memory'), { argv: ${JSON.stringify(args)}, env: {} });
    const stores = await createSpanStores(values, values['span-storage.type'], { logger: { warn() {} } });
    await stores.close();
  `;
  const child = spawnSync(process.execPath, [...RECORD_MODULES, '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(child.status, child.stderr).toBe(0);
  return loadedModules(child.stderr);
}

const DRIVERS = ['@elastic/elasticsearch', '@opensearch-project/opensearch', 'cassandra-driver'];
/** A backend's store modules (its flags, `config.ts` and the `options.ts` defaults, every binary loads). */
const storeFiles = (modules: LoadedModules, backend: string): string[] =>
  modules.workspaceFiles.filter(
    (file) => file.startsWith(`packages/storage-${backend}/src/`) && !/\/(config|options)\.ts$/.test(file),
  );

describe('createSpanStores loads only the configured backend (ADR 0108)', () => {
  it('memory: no database driver, no other backend', () => {
    const modules = build(['--span-storage.type=memory']);
    expect(storeFiles(modules, 'memory').length).toBeGreaterThan(0);
    for (const backend of ['elasticsearch', 'cassandra', 'sqlite'])
      expect(storeFiles(modules, backend)).toEqual([]);
    for (const driver of DRIVERS) expect(modules.packages).not.toContain(driver);
  }, 40_000);

  it('sqlite: its own store only', () => {
    const modules = build(['--span-storage.type=sqlite', `--sqlite.path=${join(dir, 'spans.db')}`]);
    expect(storeFiles(modules, 'sqlite').length).toBeGreaterThan(0);
    for (const backend of ['elasticsearch', 'cassandra', 'memory'])
      expect(storeFiles(modules, backend)).toEqual([]);
    for (const driver of DRIVERS) expect(modules.packages).not.toContain(driver);
  }, 40_000);
});
