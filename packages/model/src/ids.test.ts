import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  idToBytes,
  parseSpanId,
  parseTraceId,
  traceIdFromBytes,
  traceIdFromHighLow,
  traceIdToHighLow,
} from './ids.ts';

describe('trace and span IDs', () => {
  it('left-pads short hex IDs and lowercases them, as Jaeger does', () => {
    expect(parseTraceId('ABC')).toBe('00000000000000000000000000000abc');
    expect(parseSpanId('1')).toBe('0000000000000001');
  });

  it('rejects empty, too long, non-hex and all-zero IDs', () => {
    for (const bad of ['', 'xyz', '0', '0'.repeat(32), 'a'.repeat(33)])
      expect(parseTraceId(bad)).toBeUndefined();
    for (const bad of ['', 'g1', '0'.repeat(16), 'a'.repeat(17)]) expect(parseSpanId(bad)).toBeUndefined();
  });

  it('round-trips trace IDs through bytes and high/low halves', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }).filter((b) => b.some((x) => x !== 0)),
        (bytes) => {
          const id = traceIdFromBytes(bytes)!;
          expect(idToBytes(id)).toEqual(bytes);
          const { high, low } = traceIdToHighLow(id);
          expect(traceIdFromHighLow(high, low)).toBe(id);
        },
      ),
    );
  });
});
