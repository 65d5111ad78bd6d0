import { StorageError } from '@spanstream/storage-api';
import { freePort } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';
import { createCassandraStore } from './store.ts';
import { defaultCassandraOptions } from './options.ts';

describe('createCassandraStore', () => {
  it('fails with a retriable "unavailable" StorageError when no node answers', async () => {
    const port = await freePort(); // released again: nothing listens there
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
