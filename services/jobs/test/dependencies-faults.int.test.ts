import { createLogger } from '@spanstream/runtime';
import { StorageError } from '@spanstream/storage-api';
import { freePort } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';
import { dependenciesJob } from '../src/dependencies/index.ts';

const context = {
  logger: createLogger({ level: 'silent' }),
  signal: new AbortController().signal,
  progress: () => Promise.resolve(),
};

describe('dependencies job with its storage unreachable', () => {
  it.each([
    ['elasticsearch', (port: number) => [`--es.server-urls=http://127.0.0.1:${port}`]],
    ['opensearch', (port: number) => [`--es.server-urls=http://127.0.0.1:${port}`]],
    ['cassandra', (port: number) => ['--cassandra.servers=127.0.0.1', `--cassandra.port=${port}`]],
  ])('%s: fails with a retriable StorageError whose first line names the cause', async (storage, flags) => {
    const port = await freePort(); // nothing listens there
    const options = dependenciesJob.cli.parse(
      [`--storage=${storage}`, '--date=2026-12-01', ...flags(port)],
      {},
    );
    const error: unknown = await dependenciesJob.run(options, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'unavailable', retriable: true });
    // Its first line says what failed (the Cassandra driver's message goes on with the inner errors).
    expect((error as Error).message.split('\n')[0]).toMatch(/ECONNREFUSED|ConnectionError/);
  });
});
