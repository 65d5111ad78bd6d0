import type { Span } from '@spanstream/model';
import type { SpanStore } from '@spanstream/storage-api';
import { afterAll, beforeAll } from 'vitest';

export interface ConformanceSetup {
  /** A fresh, empty store. Called once per group of tests. */
  create(): Promise<SpanStore>;
  /** Makes everything written so far visible to reads (e.g. an Elasticsearch index refresh). */
  refresh?(store: SpanStore): Promise<void>;
  /** Removes what the store wrote (indices, keyspaces); called before the store is closed. */
  cleanup?(store: SpanStore): Promise<void>;
}

/** One store per group: created before, cleaned up and closed after. */
export function useStore(setup: ConformanceSetup): {
  store(): SpanStore;
  write(spans: readonly Span[]): Promise<void>;
} {
  let store: SpanStore | undefined;
  beforeAll(async () => {
    store = await setup.create();
  });
  afterAll(async () => {
    if (!store) return;
    await setup.cleanup?.(store);
    await store.close();
  });
  const current = (): SpanStore => {
    if (!store) throw new Error('store not created');
    return store;
  };
  return {
    store: current,
    write: async (spans) => {
      await current().writer.writeSpans(spans);
      await setup.refresh?.(current());
    },
  };
}
