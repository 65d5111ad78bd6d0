export type { CassandraOptions } from './options.ts';
export { defaultCassandraOptions } from './options.ts';
export type { CassandraStoreDeps } from './store.ts';
export { createCassandraStore, createSchema } from './store.ts';
export { renderSchema } from './schema.ts';
export { indexedTags } from './tag-index.ts';
export { spanHash } from './span-hash.ts';
export { cassandraConfig, cassandraOptionsFromConfig } from './config.ts';
