import fc from 'fast-check';
import type { KeyValue, Span } from '@spanstream/model';
import { micros, parseSpanId, parseTraceId } from '@spanstream/model';
import { goldenSpan, goldenUiSpan } from '@spanstream/codec/testing';
import { describe, expect, it } from 'vitest';
import {
  fromEsDocument,
  hasInexactInteger,
  toEsDocument,
  traceIdForms,
  type EsSpanDocument,
  type TagsAsFields,
} from './document.ts';

const key = fc.stringMatching(/^[a-z][a-z0-9._]{0,12}$/);
const keyValue: fc.Arbitrary<KeyValue> = fc.oneof(
  fc.record({ key, type: fc.constant('string' as const), value: fc.string() }),
  fc.record({ key, type: fc.constant('bool' as const), value: fc.boolean() }),
  fc.record({
    key,
    type: fc.constant('int64' as const),
    value: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  }),
  fc.record({
    key,
    type: fc.constant('float64' as const),
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
  }),
  fc.record({ key, type: fc.constant('binary' as const), value: fc.uint8Array({ maxLength: 8 }) }),
);
const hex = (length: number) =>
  fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`)).filter((s) => /[1-9a-f]/.test(s));
const traceId = hex(32).map((s) => parseTraceId(s)!);
const spanId = hex(16).map((s) => parseSpanId(s)!);
const time = fc.integer({ min: 1_400_000_000_000_000, max: 1_900_000_000_000_000 }).map(micros);

const spanArbitrary: fc.Arbitrary<Span> = fc.record({
  traceId,
  spanId,
  operationName: fc.string(),
  references: fc.array(
    fc.record({
      refType: fc.constantFrom('CHILD_OF' as const, 'FOLLOWS_FROM' as const),
      traceId,
      spanId,
      tags: fc.array(keyValue, { minLength: 1, maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  flags: fc.integer({ min: 0, max: 0xffff }),
  startTime: time,
  duration: fc.integer({ min: 0, max: 10_000_000 }).map(micros),
  tags: fc.array(keyValue, { maxLength: 6 }),
  logs: fc.array(fc.record({ timestamp: time, fields: fc.array(keyValue, { maxLength: 3 }) }), {
    maxLength: 2,
  }),
  process: fc.record({
    serviceName: fc.string({ minLength: 1 }),
    tags: fc.array(keyValue, { maxLength: 3 }),
  }),
  warnings: fc.array(fc.string(), { maxLength: 2 }),
});

const sortTags = (tags: readonly KeyValue[]) =>
  [...tags].sort((a, b) =>
    JSON.stringify([a.key, a.type, String(a.value)]).localeCompare(
      JSON.stringify([b.key, b.type, String(b.value)]),
    ),
  );
const comparable = (s: Span) => ({
  ...s,
  tags: sortTags(s.tags),
  process: { ...s.process, tags: sortTags(s.process.tags) },
});

describe('Elasticsearch span documents', () => {
  it('keeps the sign of a negative-zero float', () => {
    const span = fc.sample(spanArbitrary, { seed: 7, numRuns: 1 })[0]!;
    const input = { ...span, tags: [{ key: 'z', type: 'float64' as const, value: -0 }] };
    const stored = JSON.parse(JSON.stringify(toEsDocument(input))) as ReturnType<typeof toEsDocument>;
    expect(Object.is(fromEsDocument(stored)!.tags[0]!.value, -0)).toBe(true);
  });

  it("stores an OTLP array's JSON text only, as Jaeger does: the structured value stays out", () => {
    const span = fc.sample(spanArbitrary, { seed: 7, numRuns: 1 })[0]!;
    const text = { key: 'list', type: 'string', value: '["a",1]' } as const;
    const values = [
      { type: 'string', value: 'a' },
      { type: 'int64', value: 1n },
    ] as const;
    const input = { ...span, tags: [{ ...text, structured: { type: 'array', values } } as const] };
    // A bigint left in the document would make JSON.stringify throw.
    const stored = JSON.parse(JSON.stringify(toEsDocument(input))) as ReturnType<typeof toEsDocument>;
    expect(fromEsDocument(stored)!.tags).toStrictEqual([text]);
  });

  it('round-trip every span losslessly through JSON, nested tags', () => {
    fc.assert(
      fc.property(spanArbitrary, (s) => {
        const stored = JSON.parse(JSON.stringify(toEsDocument(s))) as ReturnType<typeof toEsDocument>;
        expect(fromEsDocument(stored)).toEqual(s);
      }),
    );
  });

  it('round-trip losslessly with tags as fields (typed values in the tag maps)', () => {
    const all: TagsAsFields = { all: true, include: new Set(), dotReplacement: '@' };
    fc.assert(
      fc.property(spanArbitrary, (s) => {
        // Keys are unique within a tag map, as in Jaeger (a map cannot hold a key twice).
        const unique = (tags: readonly KeyValue[]) => [...new Map(tags.map((t) => [t.key, t])).values()];
        const input = { ...s, tags: unique(s.tags), process: { ...s.process, tags: unique(s.process.tags) } };
        const stored = JSON.parse(JSON.stringify(toEsDocument(input, all))) as ReturnType<
          typeof toEsDocument
        >;
        expect(comparable(fromEsDocument(stored, '@')!)).toEqual(comparable(input));
      }),
    );
  });

  it("writes Jaeger v2's shape: 32-digit trace IDs, µs and ms start times, string tag values", () => {
    const doc = toEsDocument({
      ...goldenSpan,
      tags: [
        { key: 'error', type: 'bool', value: true },
        { key: 'http.status_code', type: 'int64', value: 200n },
      ],
    });
    expect(doc).toEqual({
      ...goldenUiSpan,
      traceID: '00000000000000000000000000000011',
      references: [
        { refType: 'CHILD_OF', traceID: '00000000000000000000000000000011', spanID: '0000000000000002' },
      ],
      startTimeMillis: 1485449191639,
      tags: [
        { key: 'error', type: 'bool', value: 'true' },
        { key: 'http.status_code', type: 'int64', value: '200' },
      ],
      process: { serviceName: 'svc', tags: [{ key: 'hostname', type: 'string', value: 'h1' }] },
    });
  });

  it('puts only the included keys in the tag maps, dots replaced, never binary or unsafe numbers', () => {
    const fields: TagsAsFields = {
      all: false,
      include: new Set(['http.status_code', 'blob', 'big']),
      dotReplacement: '@',
    };
    const doc = toEsDocument(
      {
        ...fc.sample(spanArbitrary, { seed: 1, numRuns: 1 })[0]!,
        tags: [
          { key: 'http.status_code', type: 'int64', value: 200n },
          { key: 'blob', type: 'binary', value: new Uint8Array([1]) },
          { key: 'big', type: 'int64', value: 2n ** 60n },
          { key: 'other', type: 'string', value: 'x' },
        ],
      },
      fields,
    );
    expect(doc.tag).toEqual({ 'http@status_code': 200 });
    expect(doc.tags.map((t) => t.key)).toEqual(['blob', 'big', 'other']);
  });

  it('knows every stored form of a trace ID', () => {
    const id = parseTraceId('00ab')!;
    expect(traceIdForms(id)).toEqual([id, '00000000000000ab', 'ab']);
    const full = parseTraceId('1'.repeat(32))!;
    expect(traceIdForms(full)).toEqual([full]);
  });
});

describe('hasInexactInteger', () => {
  const doc = (extra: Partial<EsSpanDocument> = {}): EsSpanDocument => ({
    ...toEsDocument(fc.sample(spanArbitrary, { seed: 11, numRuns: 1 })[0]!),
    ...extra,
  });

  it('finds an integral number beyond 2^53 wherever an int64 tag value may be', () => {
    const big = 2 ** 60;
    const kv = [{ key: 'n', type: 'int64' as const, value: big }];
    expect(hasInexactInteger(doc({ tags: kv }))).toBe(true);
    expect(hasInexactInteger(doc({ otlpTags: kv }))).toBe(true);
    expect(hasInexactInteger(doc({ tag: { n: -big } }))).toBe(true);
    expect(hasInexactInteger(doc({ logs: [{ timestamp: 1, fields: kv }] }))).toBe(true);
    const base = doc();
    expect(hasInexactInteger({ ...base, process: { ...base.process, tags: kv } })).toBe(true);
    expect(hasInexactInteger({ ...base, process: { ...base.process, tag: { n: big } } })).toBe(true);
    expect(
      hasInexactInteger(doc({ references: [{ refType: 'CHILD_OF', traceID: 'a', spanID: 'b', tags: kv }] })),
    ).toBe(true);
  });

  it('passes safe integers, fractions, strings and bigint (already exact)', () => {
    const kv = (value: EsSpanDocument['tags'][number]['value']) => [
      { key: 'n', type: 'int64' as const, value },
    ];
    expect(hasInexactInteger(doc({ tags: kv(Number.MAX_SAFE_INTEGER) }))).toBe(false);
    expect(hasInexactInteger(doc({ tags: kv(0.5) }))).toBe(false);
    expect(hasInexactInteger(doc({ tags: kv('9007199254740993') }))).toBe(false);
    expect(hasInexactInteger(doc({ tags: kv(9007199254740993n) }))).toBe(false);
    expect(hasInexactInteger(doc({ tag: { s: 'x', b: true, f: 1.25 } }))).toBe(false);
  });
});

describe('fromEsDocument with a process table', () => {
  it('gives spans whose stored process is equal one Process, and others their own', () => {
    const [a, b, c] = fc.sample(spanArbitrary, { seed: 3, numRuns: 3 });
    const process = { serviceName: 'svc', tags: [{ key: 'host', type: 'string' as const, value: 'h1' }] };
    const other = { serviceName: 'svc', tags: [{ key: 'host', type: 'string' as const, value: 'h2' }] };
    const processes = new Map();
    const read = (span: Span) => fromEsDocument(toEsDocument(span), '@', processes)!;
    const [ra, rb, rc] = [
      read({ ...a!, process }),
      read({ ...b!, process }),
      read({ ...c!, process: other }),
    ];
    expect(ra.process).toBe(rb.process);
    expect(ra.process).toEqual(process);
    expect(rc.process).toEqual(other);
    expect(rc.process).not.toBe(ra.process);
  });

  it('does not share a process holding a bigint (a lossless parse), and does not fail on it', () => {
    const doc = toEsDocument(fc.sample(spanArbitrary, { seed: 5, numRuns: 1 })[0]!);
    const big = {
      ...doc,
      process: { serviceName: 's', tags: [{ key: 'n', type: 'int64' as const, value: 2n ** 60n }] },
    };
    const processes = new Map();
    const first = fromEsDocument(big, '@', processes)!;
    expect(first.process.tags).toEqual([{ key: 'n', type: 'int64', value: 2n ** 60n }]);
    expect(fromEsDocument(big, '@', processes)!.process).not.toBe(first.process);
  });
});
