export type LogfmtResult = { ok: true; tags: Record<string, string> } | { ok: false; error: string };

const SPACE = /\s/;

function readQuoted(input: string, from: number): { value: string; end: number } | undefined {
  let value = '';
  for (let i = from + 1; i < input.length; i++) {
    const ch = input[i]!;
    if (ch === '\\' && i + 1 < input.length) {
      value += input.charAt(++i);
      continue;
    }
    if (ch === '"') return { value, end: i + 1 };
    value += ch;
  }
  return undefined;
}

function readBare(input: string, from: number, stopAtEquals: boolean): { value: string; end: number } {
  let i = from;
  while (i < input.length && !SPACE.test(input[i]!) && !(stopAtEquals && input[i] === '=')) i++;
  return { value: input.slice(from, i), end: i };
}

/**
 * Parses the search form's tag filter (`error=true http.status_code=200 k="a b"`) the way Jaeger UI
 * does with logfmt: a bare key means `true`; values may be double-quoted with backslash escapes.
 */
export function parseLogfmt(input: string): LogfmtResult {
  // No prototype: a user-typed `__proto__=x` must stay a plain tag, not rewire the object.
  const tags = Object.create(null) as Record<string, string>;
  let i = 0;
  while (i < input.length) {
    if (SPACE.test(input[i]!)) {
      i++;
      continue;
    }
    const key = input[i] === '"' ? readQuoted(input, i) : readBare(input, i, true);
    if (!key) return { ok: false, error: `unterminated quote at position ${i}` };
    if (key.value === '') return { ok: false, error: `missing key at position ${i}` };
    i = key.end;
    if (input[i] !== '=') {
      tags[key.value] = 'true';
      continue;
    }
    i++;
    const value = input[i] === '"' ? readQuoted(input, i) : readBare(input, i, false);
    if (!value) return { ok: false, error: `unterminated quote at position ${i}` };
    tags[key.value] = value.value;
    i = value.end;
  }
  return { ok: true, tags };
}

/** Inverse of parseLogfmt, quoting where needed. */
export function formatLogfmt(tags: Record<string, string>): string {
  const quote = (s: string): string =>
    s === '' || /[\s="\\]/.test(s) ? `"${s.replace(/["\\]/g, '\\$&')}"` : s;
  return Object.entries(tags)
    .map(([k, v]) => `${quote(k)}=${quote(v)}`)
    .join(' ');
}
