/**
 * What `--ingester.max-inflight-bytes` bounds: the heap an ingester holds for received, unwritten
 * records, not only their wire bytes. A record in flight is held three times over: its bytes (a
 * slice that keeps kafkajs's fetch buffer alive), its decoded Span objects, and, while its batch is
 * being written, the storage request built from them. Measured on the bench workload (protobuf,
 * ~430 B per record, 11 tags; docs/ingester.md): decoded spans take 5.3 heap bytes per record byte,
 * an Elasticsearch document 2.4 more. The pipeline counts record bytes (+64 per record); this factor
 * turns them into held bytes, rounded up so the storage buffers of the batches being written fit.
 */
export const HELD_BYTES_PER_RECORD_BYTE = 8;

/**
 * Below this a fetch returns too few records to keep up. A bound under 2 × 8 × 16 KiB = 256 KiB
 * still holds, but pauses after every fetch.
 */
const MIN_FETCH_BYTES = 16 * 1024;

export interface MemoryBound {
  /** The bound in held bytes (`--ingester.max-inflight-bytes`). */
  readonly maxHeldBytes: number;
  /** kafkajs `maxBytes`: record bytes one fetch response may carry. */
  readonly fetchMaxBytes: number;
  /** kafkajs `maxBytesPerPartition`: the configured per-partition size, at most `fetchMaxBytes`. */
  readonly fetchMaxBytesPerPartition: number;
  /**
   * Held bytes above which every partition pauses. Below the bound by what the rest of a fetch
   * response already received can still add (kafkajs hands over all of a response's batches), so
   * the bound holds — except for one record batch larger than the fetch size, which Kafka delivers
   * whole (KIP-74): keep the producers' batch size (`--kafka.producer.batch-size`) under `maxHeldBytes / 16`.
   */
  readonly pauseAtHeldBytes: number;
  /** Held bytes below which paused partitions resume. */
  readonly resumeAtHeldBytes: number;
}

export function memoryBound(maxHeldBytes: number, configuredPerPartition: number): MemoryBound {
  const fetchMaxBytes = Math.max(MIN_FETCH_BYTES, Math.floor(maxHeldBytes / HELD_BYTES_PER_RECORD_BYTE / 8));
  // Records of 64 bytes or more: the pipeline's +64 per record at most doubles a response's bytes.
  const reserve = 2 * HELD_BYTES_PER_RECORD_BYTE * fetchMaxBytes;
  const pauseAtHeldBytes = Math.max(0, maxHeldBytes - reserve);
  return {
    maxHeldBytes,
    fetchMaxBytes,
    fetchMaxBytesPerPartition: Math.min(configuredPerPartition, fetchMaxBytes),
    pauseAtHeldBytes,
    resumeAtHeldBytes: Math.floor(pauseAtHeldBytes / 2),
  };
}

/** Held bytes for the record bytes the pipeline counts. */
export function heldBytes(recordBytes: number): number {
  return recordBytes * HELD_BYTES_PER_RECORD_BYTE;
}
