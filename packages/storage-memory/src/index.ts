export type { MemoryStoreOptions } from './memory-store.ts';
export { MemorySpanStore, createMemoryStore, DEFAULT_MAX_TRACES } from './memory-store.ts';
