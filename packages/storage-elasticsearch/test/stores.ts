import { afterAll } from 'vitest';
import type { ElasticsearchSpanStore } from '../src/index.ts';

/** Registers an afterAll that purges and closes every store passed to the returned function. */
export function purgedAfterAll(): (store: ElasticsearchSpanStore) => ElasticsearchSpanStore {
  const stores: ElasticsearchSpanStore[] = [];
  afterAll(async () => {
    for (const store of stores) {
      await store.purge();
      await store.close();
    }
  });
  return (store) => {
    stores.push(store);
    return store;
  };
}
