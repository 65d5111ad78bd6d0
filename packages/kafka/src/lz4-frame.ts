import * as lz4 from 'lz4js';
import { hash as xxh32 } from 'lz4js/xxh32.js';

const MAGIC = 0x184d2204;
const BLOCK_SIZE = 64 * 1024;
const FLG_VERSION_01 = 0x40;
const FLG_BLOCK_INDEPENDENCE = 0x20;
const BD_64KB = 4 << 4;

/**
 * Writes an LZ4 frame the way Kafka's KafkaLZ4BlockOutputStream does: independent 64 KiB blocks,
 * no checksums. lz4js's own compressFrame links blocks (no independence flag), which Java brokers
 * refuse; its block compressor is reused with a fresh hash table per block.
 */
export function compressLz4Frame(src: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(7 + src.length + Math.ceil(src.length / BLOCK_SIZE + 1) * (4 + 16) + 4 + 64);
  out.writeUInt32LE(MAGIC, 0);
  out[4] = FLG_VERSION_01 | FLG_BLOCK_INDEPENDENCE;
  out[5] = BD_64KB;
  out[6] = (xxh32(0, out, 4, 2) >>> 8) & 0xff;
  let at = 7;
  const block = new Uint8Array(BLOCK_SIZE + (BLOCK_SIZE >> 7) + 64);
  for (let start = 0; start < src.length; start += BLOCK_SIZE) {
    const size = Math.min(BLOCK_SIZE, src.length - start);
    const compressed = lz4.compressBlock(src, block, start, size, new Uint32Array(1 << 16));
    if (compressed === 0 || compressed >= size) {
      out.writeUInt32LE((0x80000000 | size) >>> 0, at);
      out.set(src.subarray(start, start + size), at + 4);
      at += 4 + size;
    } else {
      out.writeUInt32LE(compressed, at);
      out.set(block.subarray(0, compressed), at + 4);
      at += 4 + compressed;
    }
  }
  out.writeUInt32LE(0, at);
  return out.subarray(0, at + 4);
}

export function decompressLz4Frame(src: Uint8Array): Buffer {
  return Buffer.from(lz4.decompress(src));
}
