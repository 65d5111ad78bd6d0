const encoder = new TextEncoder();

/**
 * FNV-1a 64-bit of the UTF-8 bytes, as 16 hex characters. Jaeger derives service document IDs
 * with it; the 64-bit product is computed in four 16-bit limbs so that no BigInt is needed
 * per byte (this runs once per span on the write path).
 */
export function fnv64a(text: string): string {
  // offset basis 0xcbf29ce484222325, limbs from least significant
  let l0 = 0x2325;
  let l1 = 0x8422;
  let l2 = 0x9ce4;
  let l3 = 0xcbf2;
  for (const byte of encoder.encode(text)) {
    l0 ^= byte;
    // x * (2^40 + 0x1b3) mod 2^64: x << 40 adds l0 << 8 to limb 2 and l1 << 8 to limb 3.
    const a0 = l0 * 0x1b3;
    const a1 = l1 * 0x1b3 + (a0 >>> 16);
    const a2 = l2 * 0x1b3 + (a1 >>> 16) + (l0 << 8);
    const a3 = l3 * 0x1b3 + (a2 >>> 16) + (l1 << 8);
    l0 = a0 & 0xffff;
    l1 = a1 & 0xffff;
    l2 = a2 & 0xffff;
    l3 = a3 & 0xffff;
  }
  return [l3, l2, l1, l0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
