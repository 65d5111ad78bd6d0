export type { StoreType, StorageValues } from './config.ts';
export { STORE_TYPES, memoryConfig, archiveConfig, storageConfig } from './config.ts';
export type { SpanStores, StorageDeps } from './factory.ts';
export { createSpanStores, BADGER_NOTICE } from './factory.ts';
