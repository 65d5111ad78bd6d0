import type { SpanStore } from '@spanstream/storage-api';
import { runStorageConformance } from '@spanstream/storage-conformance';
import { createCassandraStore, type CassandraOptions } from '../src/index.ts';
import { dropCassandraKeyspace, stackCassandraOptions } from './stack.ts';

const keyspaces = new WeakMap<SpanStore, CassandraOptions>();

runStorageConformance('cassandra', {
  async create() {
    const opts = await stackCassandraOptions('conformance');
    const store = await createCassandraStore(opts);
    keyspaces.set(store, opts);
    return store;
  },
  async cleanup(store) {
    await dropCassandraKeyspace(keyspaces.get(store)!);
  },
});
