import { compressionsAlgorithms, crc32c } from '@platformatic/kafka';
import type { CompressionName } from '../compression.ts';

/** A record to lay out: the span writer's records have a key and a value and no headers. */
export interface BatchRecord {
  readonly key: Buffer | string | null | undefined;
  readonly value: Buffer | null | undefined;
}

/** What a record batch says about its producer (KIP-98): -1s when the producer is not idempotent. */
export interface BatchProducerFields {
  readonly producerId: bigint;
  readonly producerEpoch: number;
  readonly baseSequence: number;
}

/** A v2 record batch's header: base offset to record count. */
export const RECORD_BATCH_HEADER = 61;
const MAGIC = 2;
/** Where the CRC-32C starts (attributes) and where it is written. */
const CRC_FROM = 21;
const CRC_AT = 17;
const TWO_32 = 2 ** 32;

const zigzag = (value: number): number => ((value << 1) ^ (value >> 31)) >>> 0;
const varintSize = (value: number): number =>
  value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;

/** UTF-8 length of `text`, counting ASCII (the hex trace IDs keys are) without a native call. */
function utf8Length(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return Buffer.byteLength(text);
  return text.length;
}

function writeVarint(buf: Buffer, pos: number, value: number): number {
  while (value > 0x7f) {
    buf[pos++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  buf[pos++] = value;
  return pos;
}

function writeKey(buf: Buffer, pos: number, key: Buffer | string, length: number): number {
  if (typeof key !== 'string') return pos + key.copy(buf, pos);
  if (length !== key.length) return pos + buf.write(key, pos, 'utf8');
  for (let i = 0; i < length; i++) buf[pos + i] = key.charCodeAt(i);
  return pos + length;
}

/**
 * The records section of a batch, laid out directly into `buf` from `pos` (sizes from `measure`):
 * length, attributes 0, timestamp delta 0 (one timestamp per batch), offset delta, key, value, no headers.
 */
function writeRecords(
  buf: Buffer,
  pos: number,
  records: readonly BatchRecord[],
  keyLengths: Int32Array,
  bodyLengths: Int32Array,
): number {
  for (let i = 0; i < records.length; i++) {
    const { key, value } = records[i]!;
    pos = writeVarint(buf, pos, zigzag(bodyLengths[i]!));
    buf[pos++] = 0; // attributes
    buf[pos++] = 0; // timestamp delta
    pos = writeVarint(buf, pos, zigzag(i));
    const keyLength = keyLengths[i]!;
    pos = writeVarint(buf, pos, zigzag(keyLength));
    if (keyLength > 0) pos = writeKey(buf, pos, key!, keyLength);
    if (value === null || value === undefined) pos = writeVarint(buf, pos, zigzag(-1));
    else {
      pos = writeVarint(buf, pos, zigzag(value.length));
      pos += value.copy(buf, pos);
    }
    buf[pos++] = 0; // headers
  }
  return pos;
}

/** Key lengths (-1: null), record body lengths and the records section's size. */
function measure(records: readonly BatchRecord[]): {
  keyLengths: Int32Array;
  bodyLengths: Int32Array;
  size: number;
} {
  const keyLengths = new Int32Array(records.length);
  const bodyLengths = new Int32Array(records.length);
  let size = 0;
  for (let i = 0; i < records.length; i++) {
    const { key, value } = records[i]!;
    const keyLength =
      key === null || key === undefined ? -1 : typeof key === 'string' ? utf8Length(key) : key.length;
    const valueLength = value === null || value === undefined ? -1 : value.length;
    keyLengths[i] = keyLength;
    const body =
      3 + // attributes, timestamp delta, header count
      varintSize(zigzag(i)) +
      varintSize(zigzag(keyLength)) +
      Math.max(keyLength, 0) +
      varintSize(zigzag(valueLength)) +
      Math.max(valueLength, 0);
    bodyLengths[i] = body;
    size += varintSize(zigzag(body)) + body;
  }
  return { keyLengths, bodyLengths, size };
}

function writeHeader(
  buf: Buffer,
  count: number,
  attributes: number,
  timestamp: number,
  producer: BatchProducerFields,
): void {
  buf.writeUInt32BE(0, 0); // base offset (the broker assigns it)
  buf.writeUInt32BE(0, 4);
  buf.writeInt32BE(buf.length - 12, 8); // batch length: after this field
  buf.writeInt32BE(-1, 12); // partition leader epoch (the broker sets it)
  buf[16] = MAGIC;
  buf.writeInt16BE(attributes, 21);
  buf.writeInt32BE(count - 1, 23); // last offset delta
  const high = Math.floor(timestamp / TWO_32);
  const low = timestamp - high * TWO_32;
  buf.writeUInt32BE(high, 27); // first timestamp
  buf.writeUInt32BE(low, 31);
  buf.writeUInt32BE(high, 35); // max timestamp
  buf.writeUInt32BE(low, 39);
  buf.writeBigInt64BE(producer.producerId, 43);
  buf.writeInt16BE(producer.producerEpoch, 51);
  buf.writeInt32BE(producer.baseSequence, 53);
  buf.writeInt32BE(count, 57);
  buf.writeUInt32BE(crc32c(buf.subarray(CRC_FROM)) >>> 0, CRC_AT);
}

/**
 * One Kafka RecordBatch (message format v2) holding `records`, as a single Buffer: the records are
 * laid out straight into it (no per-record writer), then compressed as a whole when asked, and the
 * header and CRC-32C are written last. Every record carries `timestamp` (ms).
 */
export async function encodeRecordBatch(
  records: readonly BatchRecord[],
  producer: BatchProducerFields,
  compression: CompressionName,
  timestamp: number,
): Promise<Buffer> {
  if (records.length === 0) throw new RangeError('a record batch needs at least one record');
  const { keyLengths, bodyLengths, size } = measure(records);
  if (compression === 'none') {
    const buf = Buffer.allocUnsafe(RECORD_BATCH_HEADER + size);
    writeRecords(buf, RECORD_BATCH_HEADER, records, keyLengths, bodyLengths);
    writeHeader(buf, records.length, 0, timestamp, producer);
    return buf;
  }
  const plain = Buffer.allocUnsafe(size);
  writeRecords(plain, 0, records, keyLengths, bodyLengths);
  const algorithm = compressionsAlgorithms[compression];
  const compressed =
    'compress' in algorithm ? await algorithm.compress(plain) : algorithm.compressSync(plain);
  const buf = Buffer.allocUnsafe(RECORD_BATCH_HEADER + compressed.length);
  compressed.copy(buf, RECORD_BATCH_HEADER);
  writeHeader(buf, records.length, algorithm.bitmask, timestamp, producer);
  return buf;
}
