import { describe, expect, it } from 'vitest';
import { envelope, toJson } from './envelope.ts';

describe('toJson', () => {
  it('writes bigint as a number when safe and as a string beyond 2^53', () => {
    expect(toJson({ a: 5n, b: 9_007_199_254_740_993n }, false)).toBe('{"a":5,"b":"9007199254740993"}');
  });

  it('indents with 4 spaces when pretty', () => {
    expect(toJson(envelope([1]), true)).toBe(
      '{\n    "data": [\n        1\n    ],\n    "total": 0,\n    "limit": 0,\n    "offset": 0,\n    "errors": null\n}',
    );
  });
});
