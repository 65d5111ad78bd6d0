import fc from 'fast-check';
import * as lz4 from 'lz4js';
import { describe, expect, it } from 'vitest';
import { compressLz4Frame, decompressLz4Frame } from './lz4-frame.ts';

describe('LZ4 frames for Kafka', () => {
  it('sets version 01 and block independence, 64 KiB blocks', () => {
    const frame = compressLz4Frame(Buffer.from('hello hello hello hello hello'));
    expect(frame.readUInt32LE(0)).toBe(0x184d2204);
    expect(frame[4]).toBe(0x60);
    expect(frame[5]).toBe(0x40);
  });

  it('round-trips through lz4js, across several blocks and incompressible data', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200_000 }),
        fc.integer({ min: 0, max: 150_000 }),
        (noise, repeats) => {
          const input = Buffer.concat([Buffer.from(noise), Buffer.alloc(repeats, 'ab')]);
          const frame = compressLz4Frame(input);
          expect(Buffer.from(lz4.decompress(frame)).equals(input)).toBe(true);
          expect(decompressLz4Frame(frame).equals(input)).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
