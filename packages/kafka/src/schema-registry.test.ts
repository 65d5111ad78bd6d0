import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameConfluent, unframeConfluent } from './schema-registry.ts';

describe('Confluent wire format', () => {
  it('frames as magic 0, big-endian schema id, message index [0], payload', () => {
    const framed = frameConfluent(258, Uint8Array.from([0x0a, 0x01]));
    expect([...framed]).toEqual([0, 0, 0, 1, 2, 0, 0x0a, 0x01]);
  });

  it('round-trips any schema id and payload', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.uint8Array(), (id, payload) => {
        const frame = unframeConfluent(frameConfluent(id, payload))!;
        expect(frame.schemaId).toBe(id);
        expect(frame.messageIndexes).toEqual([0]);
        expect([...frame.payload]).toEqual([...payload]);
      }),
    );
  });

  it('reads an explicit message-index path (zig-zag varints) and refuses unframed bytes', () => {
    // count 2 (zigzag 4), indexes 1 (2) and 0 (0)
    const frame = unframeConfluent(Uint8Array.from([0, 0, 0, 0, 7, 4, 2, 0, 0xaa]))!;
    expect(frame.messageIndexes).toEqual([1, 0]);
    expect([...frame.payload]).toEqual([0xaa]);
    expect(unframeConfluent(Uint8Array.from([0x0a, 0x10, 1, 2, 3, 4]))).toBeUndefined();
    expect(unframeConfluent(Uint8Array.from([0, 0, 0]))).toBeUndefined();
  });
});
