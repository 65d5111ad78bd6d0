import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLogfmt, parseLogfmt } from './logfmt.ts';

describe('parseLogfmt', () => {
  it('parses key=value pairs, quoted values and bare keys', () => {
    expect(parseLogfmt('error=true http.status_code=200  msg="hello world" flag')).toEqual({
      ok: true,
      tags: { error: 'true', 'http.status_code': '200', msg: 'hello world', flag: 'true' },
    });
  });

  it('keeps escaped quotes and "=" inside values', () => {
    expect(parseLogfmt('q="say \\"hi\\"" url=a=b')).toEqual({
      ok: true,
      tags: { q: 'say "hi"', url: 'a=b' },
    });
  });

  it('accepts empty values and empty input', () => {
    expect(parseLogfmt('k=')).toEqual({ ok: true, tags: { k: '' } });
    expect(parseLogfmt('   ')).toEqual({ ok: true, tags: {} });
  });

  it('reports an unterminated quote as an error value', () => {
    const r = parseLogfmt('a="oops');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/unterminated quote/);
  });

  it('keeps __proto__ as an ordinary key', () => {
    const r = parseLogfmt('__proto__=x');
    expect(r.ok && Object.entries(r.tags)).toEqual([['__proto__', 'x']]);
  });

  it('reports a missing key', () => {
    expect(parseLogfmt('=v').ok).toBe(false);
  });

  it('round-trips through formatLogfmt', () => {
    const key = fc.string({ minLength: 1 }).filter((s) => !/[\s="\\]/.test(s));
    fc.assert(
      fc.property(fc.dictionary(key, fc.string()), (tags) => {
        expect(parseLogfmt(formatLogfmt(tags))).toEqual({ ok: true, tags });
      }),
      { numRuns: 2000 },
    );
  });
});
