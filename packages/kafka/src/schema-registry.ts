/** Confluent wire format: magic byte 0, schema id (int32 big-endian), message indexes, payload. */
const CONFLUENT_MAGIC = 0;

/**
 * Frames a protobuf payload for message-index path [0] (the first message of the schema), which
 * Confluent encodes as the single byte 0.
 */
export function frameConfluent(schemaId: number, payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(6 + payload.length);
  out[0] = CONFLUENT_MAGIC;
  out.writeInt32BE(schemaId, 1);
  out[5] = 0;
  out.set(payload, 6);
  return out;
}

export interface ConfluentFrame {
  readonly schemaId: number;
  /** Message-index path into the schema's top-level messages, [0] = first. */
  readonly messageIndexes: readonly number[];
  readonly payload: Uint8Array;
}

function readZigZagVarint(bytes: Uint8Array, start: number): { value: number; next: number } | undefined {
  let result = 0;
  let shift = 0;
  for (let i = start; i < bytes.length && shift < 35; i++) {
    const byte = bytes[i]!;
    result |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value: (result >>> 1) ^ -(result & 1), next: i + 1 };
    shift += 7;
  }
  return undefined;
}

/**
 * Parses the Confluent protobuf framing. Undefined when the bytes are not framed that way
 * (a plain protobuf Span starts with 0x0a, JSON with '{', so byte 0 tells them apart).
 */
export function unframeConfluent(bytes: Uint8Array): ConfluentFrame | undefined {
  if (bytes.length < 6 || bytes[0] !== CONFLUENT_MAGIC) return undefined;
  const schemaId = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readInt32BE(1);
  const count = readZigZagVarint(bytes, 5);
  if (!count || count.value < 0 || count.value > 64) return undefined;
  if (count.value === 0) return { schemaId, messageIndexes: [0], payload: bytes.subarray(count.next) };
  const indexes: number[] = [];
  let at = count.next;
  for (let i = 0; i < count.value; i++) {
    const index = readZigZagVarint(bytes, at);
    if (!index || index.value < 0) return undefined;
    indexes.push(index.value);
    at = index.next;
  }
  return { schemaId, messageIndexes: indexes, payload: bytes.subarray(at) };
}
