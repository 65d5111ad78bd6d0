import { describe, expect, it } from 'vitest';
import { firstDifference, v3Difference } from './v3-diff.ts';

const answer = (span: Record<string, unknown>, resourceAttrs: unknown[] = []) =>
  JSON.stringify({
    result: {
      resourceSpans: [
        {
          resource: { attributes: resourceAttrs },
          scopeSpans: [{ scope: {}, spans: [{ spanId: 'aa', ...span }] }],
        },
      ],
    },
  });

describe('v3Difference', () => {
  it('is undefined for the same spans, whatever the order of keys and attributes', () => {
    const a = answer({
      name: 'op',
      attributes: [
        { key: 'b', value: { intValue: '1' } },
        { key: 'a', value: { stringValue: 'x' } },
      ],
    });
    const b = answer({
      attributes: [
        { key: 'a', value: { stringValue: 'x' } },
        { key: 'b', value: { intValue: '1' } },
      ],
      name: 'op',
    });
    expect(v3Difference(a, b)).toBeUndefined();
  });

  it('names an array attribute turned into a string', () => {
    const ours = answer({ attributes: [{ key: 'list', value: { stringValue: '["a"]' } }] });
    const jaeger = answer({
      attributes: [{ key: 'list', value: { arrayValue: { values: [{ stringValue: 'a' }] } } }],
    });
    expect(v3Difference(ours, jaeger)).toBe(
      'span aa.span.attributes[list].value.arrayValue: absent vs {"values":[{"stringValue":"a"}]}',
    );
  });

  it('names a proto3 default one side emits and a field one side drops', () => {
    expect(v3Difference(answer({ droppedAttributesCount: 0 }), answer({}))).toBe(
      'span aa.span.droppedAttributesCount: 0 vs absent',
    );
    expect(v3Difference(answer({}), answer({ parentSpanId: 'bb' }))).toBe(
      'span aa.span.parentSpanId: absent vs "bb"',
    );
  });

  it('names a missing span', () => {
    expect(v3Difference(JSON.stringify({ result: {} }), answer({}))).toMatch(/^span aa/);
  });
});

describe('firstDifference', () => {
  it('names attribute lists whose keys differ', () => {
    expect(firstDifference([{ key: 'a' }], [{ key: 'a' }, { key: 'b' }], '.attributes')).toBe(
      '.attributes: keys only in the first [], only in the second ["b"]',
    );
  });
});
