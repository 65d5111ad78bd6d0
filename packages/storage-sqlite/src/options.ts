export interface SqliteStoreOptions {
  /** Database file; its directory is created. `:memory:` for a store that keeps nothing (tests). */
  readonly path: string;
  /** Spans are purged this long after they were written (Badger's TTL is per write too); 0 keeps them. */
  readonly ttlMs: number;
  /** How often the purge runs; 0 = never on a timer (`purgeExpired()` still works). */
  readonly maintenanceIntervalMs: number;
}

export const DEFAULT_TTL_MS = 72 * 3_600_000;
