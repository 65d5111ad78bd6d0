import type { DatabaseSync } from 'node:sqlite';
import type { StorageError } from '@spanstream/storage-api';
import { toStorageError } from './errors.ts';

/** Rows deleted per transaction: a purge of a large backlog never holds the event loop for long. */
const PURGE_CHUNK = 5_000;

export interface RetentionOptions {
  readonly ttlMs: number;
  readonly intervalMs: number;
  readonly now: () => number;
  readonly onError?: (error: StorageError) => void;
}

/**
 * TTL retention, as Badger's `--badger.span-store-ttl`: a span is deleted once it was written
 * longer than the TTL ago (with its tag index rows; services and operations left with no span go
 * too). Runs every maintenance interval on an unref'd timer, in chunks that yield in between.
 */
export class Retention {
  readonly #db: DatabaseSync;
  readonly #options: RetentionOptions;
  readonly #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;
  #stopped = false;

  constructor(db: DatabaseSync, options: RetentionOptions) {
    this.#db = db;
    this.#options = options;
    if (options.ttlMs > 0 && options.intervalMs > 0) {
      this.#timer = setInterval(() => {
        this.purge().catch((error: unknown) => options.onError?.(toStorageError(error, 'purge')));
      }, options.intervalMs);
      this.#timer.unref();
    }
  }

  /** Deletes what expired; resolves with the number of spans deleted. One purge at a time. */
  purge(): Promise<number> {
    if (this.#options.ttlMs <= 0) return Promise.resolve(0);
    this.#running ??= this.#purge().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  stop(): void {
    this.#stopped = true;
    clearInterval(this.#timer);
  }

  async #purge(): Promise<number> {
    const cutoff = this.#options.now() - this.#options.ttlMs;
    const selectChunk = this.#db.prepare('SELECT id FROM spans WHERE written_at < ? LIMIT ?');
    let deleted = 0;
    for (;;) {
      if (this.#stopped) return deleted;
      const ids = selectChunk.all(cutoff, PURGE_CHUNK).map((row) => row.id as number);
      if (ids.length === 0) break;
      this.#deleteSpans(ids);
      deleted += ids.length;
      if (ids.length < PURGE_CHUNK) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (deleted > 0 && !this.#stopped) {
      this.#db.exec(
        `DELETE FROM operations WHERE NOT EXISTS (
           SELECT 1 FROM spans WHERE spans.service = operations.service AND spans.operation = operations.name)`,
      );
    }
    return deleted;
  }

  #deleteSpans(ids: readonly number[]): void {
    const list = `(${ids.join(',')})`; // integers from our own SELECT
    this.#db.exec('BEGIN');
    try {
      this.#db.exec(`DELETE FROM span_tags WHERE span IN ${list}`);
      this.#db.exec(`DELETE FROM spans WHERE id IN ${list}`);
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }
}
