import { createServer } from 'node:net';
import { StorageError } from '@spanstream/storage-api';
import { describe, expect, it } from 'vitest';
import { createCassandraStore } from './store.ts';
import { defaultCassandraOptions } from './options.ts';

/** A port that refuses connections: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

describe('createCassandraStore', () => {
  it('fails with a retriable "unavailable" StorageError when no node answers', async () => {
    const port = await closedPort();
    const attempt = createCassandraStore({ ...defaultCassandraOptions, port, connectTimeoutMs: 1000 });
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ code: 'unavailable', retriable: true });
  });

  it('refuses both a tag allow list and a deny list', async () => {
    await expect(
      createCassandraStore({ ...defaultCassandraOptions, tagAllowList: ['a'], tagDenyList: ['b'] }),
    ).rejects.toThrow(/mutually exclusive/);
  });
});
