import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv64a } from './fnv.ts';

function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('fnv64a', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv64a('')).toBe('cbf29ce484222325');
    expect(fnv64a('a')).toBe('af63dc4c8601ec8c');
    expect(fnv64a('foobar')).toBe('85944171f73967e8');
  });

  it('matches a BigInt reference on varied input', () => {
    for (const text of ['service-aop', 'héllo wörld ✓', 'x'.repeat(1000), '\u0000\uffff']) {
      expect(fnv64a(text)).toBe(reference(text));
    }
  });

  it('hashes the UTF-8 of any string, lone surrogates as U+FFFD (as TextEncoder)', () => {
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 });
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      units.map((codes) => String.fromCharCode(...codes)),
      fc.constantFrom('\ud800', '\udc00x', '\ud83d\ude00', 'a\ud83d'),
    );
    fc.assert(
      fc.property(text, (t) => fnv64a(t) === reference(t)),
      { numRuns: 2000 },
    );
  });
});
