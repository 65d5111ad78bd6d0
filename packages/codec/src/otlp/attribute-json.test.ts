import type { AttributeValue } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { attributeValueJson } from './attribute-json.ts';

const str = (value: string): AttributeValue => ({ type: 'string', value });
const dbl = (value: number): AttributeValue => ({ type: 'float64', value });

// Expected texts are the output of pdata v1.45.0's Value.AsString() (Go 1.26) for the same values.
describe("the JSON text Jaeger's translator stores for arrays and maps", () => {
  it("matches Go's json.Marshal: HTML escapes, exact int64, ES6 floats, -0, base64, sorted keys", () => {
    const value: AttributeValue = {
      type: 'array',
      values: [
        str('a<b>&c\u2028"\\\n\t\u0001\u007f'),
        { type: 'int64', value: 9007199254740993n },
        dbl(1.5),
        dbl(1e21),
        dbl(1e-7),
        dbl(-0),
        { type: 'bool', value: true },
        { type: 'binary', value: new Uint8Array([1, 2, 255]) },
        { type: 'binary', value: new Uint8Array(0) },
        { type: 'empty' },
        {
          type: 'map',
          entries: [
            { key: 'b', value: str('x') },
            { key: 'a', value: str('y') },
            { key: '\uff01', value: str('fw') },
            { key: '\u{1F600}', value: str('emoji') },
            { key: 'e', value: { type: 'array', values: [] } },
            { key: 'f', value: { type: 'map', entries: [] } },
          ],
        },
      ],
    };
    expect(attributeValueJson(value)).toBe(
      '["a\\u003cb\\u003e\\u0026c\\u2028\\"\\\\\\n\\t\\u0001\u007f",9007199254740993,1.5,1e+21,1e-7,-0,true,' +
        '"AQL/",null,null,{"a":"y","b":"x","e":[],"f":{},"\uff01":"fw","\u{1F600}":"emoji"}]',
    );
  });

  it('is empty when a NaN or infinity makes the marshalling fail', () => {
    expect(attributeValueJson({ type: 'array', values: [dbl(Number.NaN)] })).toBe('');
    expect(attributeValueJson({ type: 'map', entries: [{ key: 'k', value: dbl(Infinity) }] })).toBe('');
  });

  it('replaces invalid text with \\ufffd and leaves an escaped backslash before "ud800" alone', () => {
    expect(attributeValueJson({ type: 'array', values: [str('x\ud800y')] })).toBe('["x\\ufffdy"]');
    expect(attributeValueJson({ type: 'array', values: [str('\\ud800')] })).toBe('["\\\\ud800"]');
  });

  it('keeps the last of a repeated map key, as a Go map does', () => {
    const value: AttributeValue = {
      type: 'map',
      entries: [
        { key: 'k', value: str('first') },
        { key: 'k', value: str('last') },
      ],
    };
    expect(attributeValueJson(value)).toBe('{"k":"last"}');
  });
});
