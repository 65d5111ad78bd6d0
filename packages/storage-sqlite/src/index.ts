export type { SqliteStoreOptions } from './options.ts';
export { DEFAULT_TTL_MS } from './options.ts';
export type { SqliteStoreDeps } from './sqlite-store.ts';
export { SqliteSpanStore, createSqliteStore } from './sqlite-store.ts';
export type { SqliteConfigValues } from './config.ts';
export { sqliteConfig, sqliteOptionsFromConfig, DEFAULT_SQLITE_PATH } from './config.ts';
