import type { AttributeValue } from '@spanstream/model';
import { bytesToBase64 } from '../bytes.ts';

/**
 * The text Jaeger's translator stores for an array or key-value list attribute: pdata's
 * `Value.AsString()`, i.e. Go's `json.Marshal` of `AsRaw()`. Map keys sorted by UTF-8 bytes
 * (the last of a repeated key wins), int64 exact, bytes in base64 (empty bytes as null), `<`
 * `>` `&` U+2028 U+2029 escaped, invalid UTF-16 as \ufffd; a NaN or infinity anywhere makes
 * Go's marshalling fail, and the text is then empty.
 */
export function attributeValueJson(value: AttributeValue): string {
  try {
    return json(value);
  } catch (error) {
    if (error instanceof NotJson) return '';
    throw error;
  }
}

class NotJson extends Error {}

function json(value: AttributeValue): string {
  switch (value.type) {
    case 'empty':
      return 'null';
    case 'string':
      return goString(value.value);
    case 'bool':
      return value.value ? 'true' : 'false';
    case 'int64':
      return value.value.toString();
    case 'float64':
      if (!Number.isFinite(value.value)) throw new NotJson();
      return Object.is(value.value, -0) ? '-0' : String(value.value);
    case 'binary':
      return value.value.length === 0 ? 'null' : `"${bytesToBase64(value.value)}"`;
    case 'array':
      return `[${value.values.map(json).join(',')}]`;
    case 'map': {
      const byKey = new Map<string, AttributeValue>();
      for (const entry of value.entries) byKey.set(entry.key, entry.value);
      const keys = [...byKey.keys()].sort(compareUtf8);
      return `{${keys.map((key) => `${goString(key)}:${json(byKey.get(key)!)}`).join(',')}}`;
    }
  }
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

// JSON.stringify's escapes are Go's but for these: a lone surrogate escape (Go replaces invalid
// UTF-8) and the HTML characters. `\\.` consumes every other escape, so that `\\ud800` (an
// escaped backslash before "ud800") is left alone.
const GO_DIFFERENCES = /\\ud[89a-f][0-9a-f]{2}|\\.|[<>&\u2028\u2029]/g;

function goString(text: string): string {
  return JSON.stringify(text).replace(GO_DIFFERENCES, (match) =>
    match.length === 6 ? '\\ufffd' : (HTML_ESCAPES[match] ?? match),
  );
}

/** Code point order, which is UTF-8 byte order (plain `<` compares UTF-16 units). */
function compareUtf8(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = codePointRank(a.charCodeAt(i)) - codePointRank(b.charCodeAt(i));
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

// Surrogates (U+D800–DFFF, which encode code points above U+FFFF) sort after U+E000–FFFF.
const codePointRank = (unit: number): number =>
  unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
