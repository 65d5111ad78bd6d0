import type { BatchProducerFields } from './record-batch.ts';

const NOT_IDEMPOTENT: BatchProducerFields = { producerId: -1n, producerEpoch: -1, baseSequence: -1 };
/** Sequence numbers wrap to 0 after Int32.MAX (as the Java producer's). */
const SEQUENCE_SPACE = 2 ** 31;

/**
 * An idempotent producer's state (KIP-98): its producer id and epoch from InitProducerId, and the
 * next sequence number of each partition. A batch reserves its sequences once, when it is encoded;
 * a retry sends the same bytes, so the broker recognises a batch it already appended.
 */
export class IdempotentState {
  #producerId = -1n;
  #producerEpoch = -1;
  readonly #next = new Map<number, number>();

  readonly #enabled: boolean;

  constructor(enabled: boolean) {
    this.#enabled = enabled;
  }

  /** True when batches can be stamped: not idempotent, or a producer id is known. */
  get ready(): boolean {
    return !this.#enabled || this.#producerId >= 0n;
  }

  /** A new producer id and epoch: every partition starts again at sequence 0. */
  assign(producerId: bigint, producerEpoch: number): void {
    this.#producerId = producerId;
    this.#producerEpoch = producerEpoch;
    this.#next.clear();
  }

  /**
   * Forgets the producer id and the sequences (after a send that failed: some batches may or may
   * not have been appended, so the next send starts from a new producer id, as @platformatic/kafka does).
   */
  reset(): void {
    this.#producerId = -1n;
    this.#producerEpoch = -1;
    this.#next.clear();
  }

  /** The producer fields of the next `count` records of `partition`, reserving their sequences. */
  reserve(partition: number, count: number): BatchProducerFields {
    if (!this.#enabled) return NOT_IDEMPOTENT;
    if (this.#producerId < 0n) throw new Error('the idempotent producer has no producer id yet');
    const baseSequence = this.#next.get(partition) ?? 0;
    this.#next.set(partition, (baseSequence + count) % SEQUENCE_SPACE);
    return { producerId: this.#producerId, producerEpoch: this.#producerEpoch, baseSequence };
  }
}
