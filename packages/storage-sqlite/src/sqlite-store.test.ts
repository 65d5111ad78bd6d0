import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micros, parseSpanId, parseTraceId, stringTag, type Span } from '@spanstream/model';
import { StorageError } from '@spanstream/storage-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from './sqlite-store.ts';

const HOUR = 3_600_000;

function span(traceHex: string, service = 'svc'): Span {
  return {
    traceId: parseTraceId(traceHex)!,
    spanId: parseSpanId('1')!,
    operationName: 'op',
    references: [],
    flags: 1,
    startTime: micros(Date.now() * 1000),
    duration: micros(10),
    tags: [stringTag('span.kind', 'server')],
    logs: [],
    process: { serviceName: service, tags: [] },
    warnings: [],
  };
}

describe('SqliteSpanStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spanstream-sqlite-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the directory of --sqlite.path and keeps spans across a reopen (WAL mode)', async () => {
    const path = join(dir, 'nested', 'data', 'spans.db');
    const first = createSqliteStore({ path, ttlMs: HOUR, maintenanceIntervalMs: 0 });
    await first.writeSpans([span('a1')]);
    expect(statSync(`${path}-wal`).isFile()).toBe(true);
    await first.close();
    const second = createSqliteStore({ path, ttlMs: HOUR, maintenanceIntervalMs: 0 });
    try {
      expect((await second.getTrace(parseTraceId('a1')!))?.spans).toHaveLength(1);
      expect(await second.getServices()).toEqual(['svc']);
    } finally {
      await second.close();
    }
  });

  it('purges spans written longer than the TTL ago, and services left without spans', async () => {
    let now = Date.now();
    const store = createSqliteStore(
      { path: join(dir, 'ttl.db'), ttlMs: 2 * HOUR, maintenanceIntervalMs: 0 },
      { now: () => now },
    );
    try {
      await store.writeSpans([span('b1', 'old-service')]);
      now += HOUR;
      await store.writeSpans([span('b2', 'new-service')]);
      now += HOUR + 1;
      expect(await store.purgeExpired()).toBe(1);
      expect(await store.getTrace(parseTraceId('b1')!)).toBeUndefined();
      expect((await store.getTrace(parseTraceId('b2')!))?.spans).toHaveLength(1);
      expect(await store.getServices()).toEqual(['new-service']);
      expect(await store.getOperations({ serviceName: 'old-service' })).toEqual([]);
      const search = {
        serviceName: 'old-service',
        tags: { 'span.kind': 'server' },
        startTimeMin: micros(0),
        startTimeMax: micros(now * 1000 + 1e9),
        numTraces: 10,
      };
      expect(await store.findTraceIds(search)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('purges on its maintenance interval', async () => {
    let now = Date.now();
    const store = createSqliteStore(
      { path: join(dir, 'timer.db'), ttlMs: HOUR, maintenanceIntervalMs: 20 },
      { now: () => now },
    );
    try {
      await store.writeSpans([span('c1')]);
      now += 2 * HOUR;
      await expect.poll(() => store.getTrace(parseTraceId('c1')!)).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('refuses a path it cannot open with an operator-facing StorageError naming the flag', () => {
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'not a directory');
    const open = () =>
      createSqliteStore({ path: join(blocker, 'spans.db'), ttlMs: 0, maintenanceIntervalMs: 0 });
    expect(open).toThrow(StorageError);
    expect(open).toThrow(/--sqlite\.path/);
    mkdirSync(join(dir, 'isdir.db'));
    expect(() =>
      createSqliteStore({ path: join(dir, 'isdir.db'), ttlMs: 0, maintenanceIntervalMs: 0 }),
    ).toThrow(/cannot open/);
  });

  it('rejects calls after close with a retriable StorageError', async () => {
    const store = createSqliteStore({ path: ':memory:', ttlMs: 0, maintenanceIntervalMs: 0 });
    await store.close();
    await expect(store.writeSpans([span('d1')])).rejects.toMatchObject({
      code: 'unavailable',
      retriable: true,
    });
  });
});
