import { promisify } from 'node:util';
import { zstdCompress, zstdDecompress, constants as zlib } from 'node:zlib';
import kafkajs from 'kafkajs';
import createSnappyCodec from 'kafkajs-snappy';
import { compressLz4Frame, decompressLz4Frame } from './lz4-frame.ts';

export type CompressionName = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
export const COMPRESSION_NAMES: readonly CompressionName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

const zstdCompressAsync = promisify(zstdCompress);
const zstdDecompressAsync = promisify(zstdDecompress);

interface Encoder {
  buffer: Buffer;
}

/** kafkajs ships gzip only; it needs a codec object per other type, for producing and for consuming. */
function zstdCodec(level: number) {
  return () => ({
    compress: (encoder: Encoder) =>
      zstdCompressAsync(encoder.buffer, { params: { [zlib.ZSTD_c_compressionLevel]: level } }),
    decompress: (buffer: Buffer) => zstdDecompressAsync(buffer),
  });
}

// Kafka's LZ4 is the standard LZ4 frame format (KIP-57) with independent blocks.
const lz4Codec = () => ({
  compress: (encoder: Encoder) => Promise.resolve(compressLz4Frame(encoder.buffer)),
  decompress: (buffer: Buffer) => Promise.resolve(decompressLz4Frame(buffer)),
});

// kafkajs is CommonJS and Node's ESM loader cannot see CompressionCodecs as a named export.
const { CompressionCodecs, CompressionTypes } = kafkajs;

let registered = false;

/**
 * Registers snappy (snappyjs, xerial framing understood), lz4 (lz4js) and zstd (node:zlib, Node ≥ 22.15)
 * with kafkajs. Consumers need them too: a Jaeger collector may write any of them.
 * Pure JS or built in, so nothing downloads a native binary at install time.
 */
export function registerCompressionCodecs(zstdLevel = 3): void {
  if (registered) return;
  registered = true;
  CompressionCodecs[CompressionTypes.Snappy] = createSnappyCodec;
  CompressionCodecs[CompressionTypes.LZ4] = lz4Codec;
  CompressionCodecs[CompressionTypes.ZSTD] = zstdCodec(zstdLevel);
}

export function compressionType(name: CompressionName): kafkajs.CompressionTypes {
  switch (name) {
    case 'none':
      return CompressionTypes.None;
    case 'gzip':
      return CompressionTypes.GZIP;
    case 'snappy':
      return CompressionTypes.Snappy;
    case 'lz4':
      return CompressionTypes.LZ4;
    case 'zstd':
      return CompressionTypes.ZSTD;
  }
}
