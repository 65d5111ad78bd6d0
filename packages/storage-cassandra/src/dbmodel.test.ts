import { arbKeyValue, arbSpan } from '@spanstream/codec/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { int64Tag, parseSpanId, parseTraceId, stringTag, type Span, type SpanRef } from '@spanstream/model';
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

const REF: SpanRef = { refType: 'FOLLOWS_FROM', traceId: parseTraceId('1')!, spanId: parseSpanId('2')! };

describe('Cassandra row model', () => {
  it('round-trips every span losslessly, link attributes and warnings included', () => {
    fc.assert(
      fc.property(arbSpanWithLinkTags, (span) => {
        expect(spanFromDb(spanToDb(span, spanHash(span)))).toEqual(span);
      }),
    );
  });

  it('round-trips every span losslessly with the extras column too', () => {
    fc.assert(
      fc.property(arbSpanWithLinkTags, (span) => {
        expect(spanFromDb(spanToDb(span, spanHash(span), true))).toEqual(span);
      }),
    );
  });

  it("keeps OTLP extras, scope attributes and link attributes out of Jaeger's tags, back in place on read", () => {
    const base = fc.sample(arbSpan(), { seed: 11, numRuns: 1 })[0]!;
    const span: Span = {
      ...base,
      tags: [
        stringTag('scope.team', 'a'),
        stringTag('otlp.scope.attribute_keys', '["scope.team"]'),
        stringTag('scope.team', 'span-own'),
        stringTag('http.method', 'GET'),
        int64Tag('otel.dropped_attributes_count', 2n),
        stringTag('span.kind', 'server'),
        int64Tag('otel.dropped_links_count', 1n),
      ],
      references: [{ ...REF, tags: [stringTag('link.kind', 'retry')] }],
      process: {
        serviceName: 'svc',
        tags: [stringTag('host', 'h'), stringTag('otlp.resource.schema_url', 'https://x/1.0')],
      },
      warnings: ['w'],
    };
    const row = spanToDb(span, spanHash(span), true);
    expect(row.tags.map((tag) => tag.key)).toEqual([
      'scope.team',
      'http.method',
      'span.kind',
      '$$span.warning.1',
    ]);
    expect(row.tags[0]!.value_string).toBe('span-own');
    expect(row.process.tags.map((tag) => tag.key)).toEqual(['host']);
    expect(row.spanstream_tags?.map((tag) => tag.key)).toEqual([
      '$$span.tag.0.scope.team',
      '$$span.tag.1.otlp.scope.attribute_keys',
      '$$span.tag.4.otel.dropped_attributes_count',
      '$$span.tag.6.otel.dropped_links_count',
      '$$process.tag.1.otlp.resource.schema_url',
      '$$span.ref.1.link.kind',
    ]);
    expect(spanFromDb(row)).toEqual(span);
    // Without the column (ALTER refused): everything among the tags, as before.
    const fallback = spanToDb(span, spanHash(span));
    expect(fallback.spanstream_tags).toBeUndefined();
    expect(fallback.tags.map((tag) => tag.key)).toContain('$$span.ref.1.link.kind');
    expect(fallback.tags.map((tag) => tag.key)).toContain('otel.dropped_links_count');
    expect(spanFromDb(fallback)).toEqual(span);
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
