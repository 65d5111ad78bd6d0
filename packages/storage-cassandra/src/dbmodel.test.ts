import { arbKeyValue, arbSpan } from '@spanstream/codec/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanFromDb, spanToDb } from './dbmodel.ts';
import { spanHash } from './span-hash.ts';

const arbSpanWithLinkTags = arbSpan().chain((span) =>
  fc
    .array(fc.array(arbKeyValue(), { maxLength: 3 }), {
      minLength: span.references.length,
      maxLength: span.references.length,
    })
    .map((tags) => ({
      ...span,
      references: span.references.map((ref, i) => (tags[i]!.length > 0 ? { ...ref, tags: tags[i]! } : ref)),
    })),
);

describe('Cassandra row model', () => {
  it('round-trips every span losslessly, link attributes and warnings included', () => {
    fc.assert(
      fc.property(arbSpanWithLinkTags, (span) => {
        expect(spanFromDb(spanToDb(span, spanHash(span)))).toEqual(span);
      }),
    );
  });

  it("stores an OTLP array's JSON text only, as Jaeger does, and hashes it as its text", () => {
    const span = fc.sample(arbSpan(), { seed: 7, numRuns: 1 })[0]!;
    const text = { key: 'list', type: 'string', value: '["a"]' } as const;
    const structured = { type: 'array', values: [{ type: 'string', value: 'a' }] } as const;
    const input = { ...span, tags: [{ ...text, structured }] };
    expect(spanFromDb(spanToDb(input, spanHash(input))).tags).toStrictEqual([text]);
    expect(spanHash(input)).toBe(spanHash({ ...span, tags: [text] }));
  });

  it('hashes equal spans equally and different spans differently', () => {
    fc.assert(
      fc.property(arbSpan(), arbSpan(), (a, b) => {
        expect(spanHash({ ...a })).toBe(spanHash(a));
        if (
          JSON.stringify(a, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) !==
          JSON.stringify(b, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
        ) {
          expect(spanHash(a)).not.toBe(spanHash(b));
        }
      }),
    );
  });
});
