/**
 * FNV-1a 64-bit of the UTF-8 bytes, as 16 hex characters. Jaeger derives service document IDs
 * with it, and every span document ID hashes the whole document (~1 KB), so this runs over every
 * byte the ingester writes: the UTF-8 bytes come from the UTF-16 code units on the fly (no encoded
 * copy of the text), and the 64-bit product is computed in four 16-bit limbs, so that no BigInt or
 * float division is needed per byte. The step is written out twice (ASCII, and the bytes of any
 * other code point): a hot loop, see ADR 0109.
 */
export function fnv64a(text: string): string {
  // offset basis 0xcbf29ce484222325, limbs from least significant
  let l0 = 0x2325;
  let l1 = 0x8422;
  let l2 = 0x9ce4;
  let l3 = 0xcbf2;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      l0 ^= unit;
      // x * (2^40 + 0x1b3) mod 2^64: x << 40 adds l0 << 8 to limb 2 and l1 << 8 to limb 3.
      const a0 = l0 * 0x1b3;
      const a1 = l1 * 0x1b3 + (a0 >>> 16);
      const a2 = l2 * 0x1b3 + (a1 >>> 16) + (l0 << 8);
      const a3 = l3 * 0x1b3 + (a2 >>> 16) + (l1 << 8);
      l0 = a0 & 0xffff;
      l1 = a1 & 0xffff;
      l2 = a2 & 0xffff;
      l3 = a3 & 0xffff;
      continue;
    }
    const bytes = utf8Of(text, i, unit);
    if (bytes > 0xffffff) i++; // a surrogate pair: two code units
    for (let shift = bytes > 0xffffff ? 24 : bytes > 0xffff ? 16 : 8; shift >= 0; shift -= 8) {
      l0 ^= (bytes >>> shift) & 0xff;
      const a0 = l0 * 0x1b3;
      const a1 = l1 * 0x1b3 + (a0 >>> 16);
      const a2 = l2 * 0x1b3 + (a1 >>> 16) + (l0 << 8);
      const a3 = l3 * 0x1b3 + (a2 >>> 16) + (l1 << 8);
      l0 = a0 & 0xffff;
      l1 = a1 & 0xffff;
      l2 = a2 & 0xffff;
      l3 = a3 & 0xffff;
    }
  }
  return hex4(l3) + hex4(l2) + hex4(l1) + hex4(l0);
}

/**
 * The 2–4 UTF-8 bytes of the code point starting at `i`, big-endian in one number (the leading byte
 * is never 0, so the count follows from the magnitude). A lone surrogate is U+FFFD, as TextEncoder
 * (and Go's encoding/json) writes it.
 */
function utf8Of(text: string, i: number, unit: number): number {
  if (unit < 0x800) return ((0xc0 | (unit >> 6)) << 8) | (0x80 | (unit & 0x3f));
  let code = unit;
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      code = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
      return (
        (0xf0 | (code >> 18)) * 0x1000000 +
        (((0x80 | ((code >> 12) & 0x3f)) << 16) |
          ((0x80 | ((code >> 6) & 0x3f)) << 8) |
          (0x80 | (code & 0x3f)))
      );
    }
    code = 0xfffd;
  }
  return ((0xe0 | (code >> 12)) << 16) | ((0x80 | ((code >> 6) & 0x3f)) << 8) | (0x80 | (code & 0x3f));
}

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, '0');
}
