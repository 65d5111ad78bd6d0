import type { JobProgress } from '../job.ts';

const INTERVAL_MS = 1000;

/**
 * Spans scanned / total for `RunContext.progress`, sent at most once a second: a page arrives every
 * few milliseconds and, in the worker, each update is a Redis round trip.
 */
export class ProgressReporter {
  readonly #send: (progress: JobProgress) => Promise<void>;
  readonly #totals: { readonly spansTotal?: number; readonly partitions: number };
  #spans = 0;
  #partitionsDone = 0;
  #lastSent = 0;
  #pending: Promise<void> = Promise.resolve();

  constructor(
    send: (progress: JobProgress) => Promise<void>,
    totals: { readonly spansTotal?: number; readonly partitions: number },
  ) {
    this.#send = send;
    this.#totals = totals;
  }

  spans(count: number): void {
    this.#spans += count;
    if (Date.now() - this.#lastSent >= INTERVAL_MS) this.#emit();
  }

  partitionDone(): void {
    this.#partitionsDone++;
    this.#emit();
  }

  /** Sends the final figures and waits for every update sent so far. */
  async flush(): Promise<void> {
    this.#emit();
    await this.#pending;
  }

  #emit(): void {
    this.#lastSent = Date.now();
    const progress: Record<string, number> = {
      spansScanned: this.#spans,
      partitionsDone: this.#partitionsDone,
      partitions: this.#totals.partitions,
    };
    if (this.#totals.spansTotal !== undefined) progress['spansTotal'] = this.#totals.spansTotal;
    // Progress is advisory: a failed update (Redis blip) must not fail the scan.
    const sent = this.#send(progress).catch(() => undefined);
    this.#pending = Promise.all([this.#pending, sent]).then(() => undefined);
  }
}
