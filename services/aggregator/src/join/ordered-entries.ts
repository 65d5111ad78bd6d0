/**
 * A Map that is also the queue of its insertions: the oldest live entry in O(1) amortized.
 *
 * Why not the Map's own order: V8's Map iterator starts at the table's first slot and steps over the
 * holes that deletions leave until the table is rehashed. A join that deletes its oldest entries and then
 * asks for the new oldest (every record, at steady state) walked over up to half a million holes each
 * time. Here the order is kept in two arrays with a moving head; an entry deleted out of order stays in
 * them as a stale pair (its value is no longer the map's) and is dropped when it reaches the head.
 */
export class OrderedEntries<V extends object> {
  private readonly map = new Map<string, V>();
  private keys: string[] = [];
  private values: V[] = [];
  private head = 0;

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** Adds `key` as the newest entry. `value` must be a new object (identity marks stale pairs). */
  add(key: string, value: V): void {
    this.map.set(key, value);
    this.keys.push(key);
    this.values.push(value);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  /** The oldest live entry, or undefined when empty. */
  oldest(): { readonly key: string; readonly value: V } | undefined {
    while (this.head < this.keys.length) {
      const key = this.keys[this.head]!;
      const value = this.values[this.head]!;
      if (this.map.get(key) === value) return { key, value };
      this.advance();
    }
    return undefined;
  }

  /** Deletes the oldest live entry (call after `oldest()` returned it). */
  deleteOldest(): void {
    const entry = this.oldest();
    if (entry === undefined) return;
    this.map.delete(entry.key);
    this.advance();
  }

  private advance(): void {
    this.head++;
    // Compact once the dead prefix is half the arrays: amortized O(1) per entry.
    if (this.head >= 1024 && this.head * 2 >= this.keys.length) {
      this.keys = this.keys.slice(this.head);
      this.values = this.values.slice(this.head);
      this.head = 0;
    }
  }
}
