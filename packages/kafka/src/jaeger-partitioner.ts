import type { ICustomPartitioner, PartitionerArgs } from 'kafkajs';

/**
 * Sarama's default hash partitioner, the one Jaeger's collector produces with: FNV-1a (32-bit) of
 * the key, read as a signed int32, modulo the partition count, negated when negative. With it a trace
 * goes to the same partition whether a Jaeger or a Spanstream collector wrote it (kafkajs' own default
 * is Java's murmur2, which would split traces across partitions in a mixed fleet).
 */
export function jaegerPartition(key: Buffer | string, partitions: number): number {
  return jaegerHash(typeof key === 'string' ? Buffer.from(key) : key) % partitions;
}

/**
 * |FNV-1a(key) as int32|: Sarama's partition is this modulo the partition count (its negated
 * negative remainder is the remainder of the absolute value), for clients that take the modulo themselves.
 */
export function jaegerHash(key: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of key) hash = Math.imul(hash ^ byte, 0x01000193);
  return Math.abs(hash | 0);
}

/** `jaegerHash` of a key given as text (its UTF-8 bytes), without a Buffer for the ASCII keys trace IDs are. */
export function jaegerHashOf(key: Uint8Array | string): number {
  if (typeof key !== 'string') return jaegerHash(key);
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code > 0x7f) return jaegerHash(Buffer.from(key));
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return Math.abs(hash | 0);
}

export const JaegerPartitioner: ICustomPartitioner = () => (args: PartitionerArgs) => {
  const { message, partitionMetadata } = args;
  const count = partitionMetadata.length;
  if (message.partition !== undefined) return message.partition;
  if (message.key === undefined || message.key === null) return Math.floor(Math.random() * count);
  return jaegerPartition(message.key, count);
};
