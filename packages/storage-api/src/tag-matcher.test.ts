import { describe, expect, it } from 'vitest';
import { compileValueMatcher, luceneRegexpToRegExp } from './tag-matcher.ts';

describe('compileValueMatcher', () => {
  it('matches equal values, including ones with regexp metacharacters', () => {
    const match = compileValueMatcher('GET /a?b=(1)');
    expect(match('GET /a?b=(1)')).toBe(true);
    expect(match('GET /a?b=1')).toBe(false);
  });

  it('reads the search value as an anchored Lucene regexp, as Elasticsearch does', () => {
    const wildcard = compileValueMatcher('same.*');
    expect(wildcard('samevalue')).toBe(true);
    expect(wildcard('same')).toBe(true);
    expect(wildcard('notsame')).toBe(false);
    expect(compileValueMatcher('val')('value')).toBe(false);
  });

  it('treats an escaped operator as a literal', () => {
    const escaped = compileValueMatcher('same\\*');
    expect(escaped('same*')).toBe(true);
    expect(escaped('samevalue')).toBe(false);
  });

  it('supports quoted literals, any-string and character classes', () => {
    expect(compileValueMatcher('"a.b"c')('a.bc')).toBe(true);
    expect(compileValueMatcher('"a.b"c')('axbc')).toBe(false);
    expect(compileValueMatcher('user@example')('user-at-example')).toBe(true);
    expect(compileValueMatcher('[a-c]+[^0-9]')('abcx')).toBe(true);
    expect(compileValueMatcher('[a-c]+[^0-9]')('abc1')).toBe(false);
    expect(compileValueMatcher('^x$')('^x$')).toBe(true);
  });

  it('falls back to equality for operators JavaScript cannot express and for invalid patterns', () => {
    expect(luceneRegexpToRegExp('a&b')).toBeUndefined();
    expect(luceneRegexpToRegExp('~a')).toBeUndefined();
    expect(luceneRegexpToRegExp('<1-5>')).toBeUndefined();
    expect(luceneRegexpToRegExp('a(b')).toBeUndefined();
    expect(compileValueMatcher('a=1&b=2')('a=1&b=2')).toBe(true);
    expect(compileValueMatcher('a(b')('a(b')).toBe(true);
  });
});
