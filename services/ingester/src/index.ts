export type { IngesterOptions, IngesterDeps, Ingester } from './ingester.ts';
export { createIngester } from './ingester.ts';
export type { IngesterConfig } from './config.ts';
export { ingesterConfig, ingesterOptionsConfig } from './config.ts';
export { ingesterOptionsFromConfig } from './options.ts';
export type { StorageHandle } from './storage.ts';
export { createStorage } from './storage.ts';
