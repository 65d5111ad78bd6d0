import { defineSchema, opt, type ConfigValues } from '@spanstream/config';
import type { SqliteStoreOptions } from './options.ts';

/** The default database file, relative to the working directory (its directory is created). */
export const DEFAULT_SQLITE_PATH = './data/spanstream.db';

/** `--sqlite.*`: the embedded store's options, named after Jaeger's `--badger.*` where one exists. */
export const sqliteConfig = defineSchema({
  'sqlite.path': opt.string({
    help: 'database file of the embedded store (its directory is created); :memory: keeps nothing',
    default: DEFAULT_SQLITE_PATH,
  }),
  'sqlite.span-store-ttl': opt.duration({
    help: 'how long a span is kept after it was written (Jaeger: --badger.span-store-ttl)',
    default: '72h',
  }),
  'sqlite.maintenance-interval': opt.duration({
    help: 'how often spans older than the TTL are purged (Jaeger: --badger.maintenance-interval)',
    default: '5m',
  }),
});

export type SqliteConfigValues = ConfigValues<typeof sqliteConfig>;

export function sqliteOptionsFromConfig(values: SqliteConfigValues): SqliteStoreOptions {
  return {
    path: values['sqlite.path'],
    ttlMs: values['sqlite.span-store-ttl'],
    maintenanceIntervalMs: values['sqlite.maintenance-interval'],
  };
}
