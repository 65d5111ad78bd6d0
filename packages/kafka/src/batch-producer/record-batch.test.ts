import { crc32c, Reader, readRecordsBatch } from '@platformatic/kafka';
import { describe, expect, it } from 'vitest';
import { COMPRESSION_NAMES } from '../compression.ts';
import { encodeRecordBatch, RECORD_BATCH_HEADER, type BatchRecord } from './record-batch.ts';

const producer = { producerId: 4242n, producerEpoch: 3, baseSequence: 17 };
const timestamp = Date.UTC(2026, 11, 6, 3, 0, 0, 123);

function records(count: number): BatchRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    key: (0xabc000 + i).toString(16).padStart(32, '0'),
    value: Buffer.from(`span ${i} `.repeat(1 + (i % 40))),
  }));
}

describe('encodeRecordBatch (RecordBatch v2)', () => {
  it('lays out records that @platformatic/kafka reads back: offsets, keys, values, producer fields, CRC-32C', async () => {
    const input = records(300);
    const buffer = await encodeRecordBatch(input, producer, 'none', timestamp);
    const batch = readRecordsBatch(Reader.from(buffer));

    expect(batch.magic).toBe(2);
    expect(batch.firstOffset).toBe(0n);
    expect(batch.length).toBe(buffer.length - 12);
    expect(batch.crc).toBe(crc32c(buffer.subarray(21)) >>> 0);
    expect(batch.attributes).toBe(0);
    expect(batch.lastOffsetDelta).toBe(299);
    expect(batch.firstTimestamp).toBe(BigInt(timestamp));
    expect(batch.maxTimestamp).toBe(BigInt(timestamp));
    expect(batch.producerId).toBe(4242n);
    expect(batch.producerEpoch).toBe(3);
    expect(batch.firstSequence).toBe(17);
    expect(batch.records).toHaveLength(300);
    batch.records.forEach((record, i) => {
      expect(record.offsetDelta).toBe(i);
      expect(record.timestampDelta).toBe(0n);
      expect(record.key!.toString()).toBe(input[i]!.key);
      expect(record.value!.equals(input[i]!.value!)).toBe(true);
      expect(record.headers).toEqual([]);
    });
  });

  it('counts the record lengths exactly: the batch ends where its last record does', async () => {
    // Values around varint boundaries (127/128, 16383/16384 bytes) and a null key.
    const input: BatchRecord[] = [126, 127, 128, 16_383, 16_384, 0].map((size, i) => ({
      key: i === 5 ? null : Buffer.from([i]),
      value: Buffer.alloc(size, i),
    }));
    const buffer = await encodeRecordBatch(input, producer, 'none', timestamp);
    const reader = Reader.from(buffer);
    const batch = readRecordsBatch(reader);
    expect(reader.position).toBe(buffer.length);
    expect(batch.records.map((r) => r.value!.length)).toEqual([126, 127, 128, 16_383, 16_384, 0]);
    expect(batch.records[5]!.key).toBeNull();
    expect(buffer.length).toBeGreaterThan(RECORD_BATCH_HEADER + 32_000);
  });

  it('writes non-ASCII string keys as UTF-8', async () => {
    const buffer = await encodeRecordBatch(
      [{ key: 'clé-ü', value: Buffer.from('v') }],
      producer,
      'none',
      timestamp,
    );
    const [record] = readRecordsBatch(Reader.from(buffer)).records;
    expect(record!.key!.toString('utf8')).toBe('clé-ü');
  });

  it.each(COMPRESSION_NAMES.filter((name) => name !== 'none'))(
    'compresses the records section with %s (attributes say which) and the library decompresses it',
    async (compression) => {
      const input = records(50);
      const buffer = await encodeRecordBatch(input, producer, compression, timestamp);
      const batch = readRecordsBatch(Reader.from(buffer));
      expect(batch.attributes & 0b111).toBe(COMPRESSION_NAMES.indexOf(compression));
      expect(batch.crc).toBe(crc32c(buffer.subarray(21)) >>> 0);
      expect(batch.records.map((r) => r.key!.toString())).toEqual(input.map((r) => r.key));
      expect(batch.records.map((r) => r.value!.toString())).toEqual(input.map((r) => r.value!.toString()));
    },
  );

  it('stamps -1 producer fields for a producer that is not idempotent', async () => {
    const buffer = await encodeRecordBatch(
      records(2),
      { producerId: -1n, producerEpoch: -1, baseSequence: -1 },
      'none',
      timestamp,
    );
    const batch = readRecordsBatch(Reader.from(buffer));
    expect([batch.producerId, batch.producerEpoch, batch.firstSequence]).toEqual([-1n, -1, -1]);
  });
});
