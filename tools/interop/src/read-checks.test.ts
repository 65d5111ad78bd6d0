import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from './jaeger-api.ts';
import { classifySearch } from './read-checks.ts';

const ok = (...traceIds: string[]): SearchAnswer => ({ status: 200, traceIds, text: '' });
const error = (msg: string): SearchAnswer => ({
  status: 500,
  traceIds: [],
  text: JSON.stringify({ data: null, errors: [{ code: 500, msg }] }),
});
const names = { reader: 'ours', reference: 'Jaeger' };
const shown = (outcome: ReturnType<typeof classifySearch>) =>
  typeof outcome === 'string' ? outcome : outcome.difference(names);

describe('classifySearch', () => {
  it('passes the same trace IDs, in any order', () => {
    expect(classifySearch(ok('a', 'b'), ok('b', 'a'), ['x'])).toBe('same');
  });

  it("passes the fixture's expectation where the reference misses it or refuses the search", () => {
    expect(classifySearch(ok('a'), ok(), ['a'])).toBe('asExpected');
    expect(classifySearch(ok('a'), error('cannot query for duration and tags simultaneously'), ['a'])).toBe(
      'asExpected',
    );
  });

  it('passes a search both refuse with the same message', () => {
    const refused = error('cannot query for duration and tags simultaneously');
    expect(classifySearch(refused, refused, ['a'])).toBe('bothRefuse');
  });

  it('fails a different refusal, naming the reader and its message', () => {
    const outcome = classifySearch(error('The number 4.5 cannot be converted to a BigInt'), error('other'), [
      'a',
    ]);
    expect(shown(outcome)).toBe('ours HTTP 500: The number 4.5 cannot be converted to a BigInt');
  });

  it('fails different IDs that are not the expectation, and a refusing reference when the reader is wrong', () => {
    expect(shown(classifySearch(ok('b'), ok('a'), ['a']))).toBe('missing a, extra b');
    expect(shown(classifySearch(ok('b'), error('boom'), ['a']))).toBe('Jaeger HTTP 500: boom');
  });
});
