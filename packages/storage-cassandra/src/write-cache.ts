/** Remembers keys written recently so service/operation rows are not rewritten for every span. */
export class WriteCache {
  readonly #ttlMs: number;
  readonly #entries = new Map<string, number>();
  readonly #now: () => number;

  constructor(ttlMs: number, now: () => number = Date.now) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  /** True when the key was marked within the TTL. */
  has(key: string): boolean {
    const expires = this.#entries.get(key);
    if (expires === undefined) return false;
    if (expires > this.#now()) return true;
    this.#entries.delete(key);
    return false;
  }

  mark(key: string): void {
    this.#entries.set(key, this.#now() + this.#ttlMs);
  }

  forget(key: string): void {
    this.#entries.delete(key);
  }
}
