// fast-check arbitraries for the span model and OTLP requests, shared with other packages'
// tests through `@spanstream/codec/testing` (a devDependency on fast-check is theirs to add).
import type { KeyValue, Log, Micros, Process, Span, SpanRef, Trace } from '@spanstream/model';
import { bytesToHex } from '@spanstream/model';
import { opentelemetry } from '@spanstream/proto';
import fc from 'fast-check';
import Long from 'long';

type IKeyValue = opentelemetry.proto.common.v1.IKeyValue;
type ISpan = opentelemetry.proto.trace.v1.ISpan;
type IResourceSpans = opentelemetry.proto.trace.v1.IResourceSpans;

const nonZeroBytes = (length: number): fc.Arbitrary<Uint8Array> =>
  fc.uint8Array({ minLength: length, maxLength: length }).filter((b) => b.some((x) => x !== 0));

export const arbTraceId = (): fc.Arbitrary<Span['traceId']> =>
  fc
    .oneof(
      nonZeroBytes(16),
      // 64-bit trace IDs (high half zero) are common in Jaeger data.
      nonZeroBytes(8).map((low) => new Uint8Array([...new Uint8Array(8), ...low])),
    )
    .map((b) => bytesToHex(b) as Span['traceId']);

export const arbSpanId = (): fc.Arbitrary<Span['spanId']> =>
  nonZeroBytes(8).map((b) => bytesToHex(b) as Span['spanId']);

/** Text with unicode (incl. astral characters), empty strings and ASCII. */
export const arbText = (maxLength = 12): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength }));

/** 64-bit integers over the whole range, weighted toward the edges of JS's safe integers. */
export const arbInt64 = (): fc.Arbitrary<bigint> =>
  fc.oneof(
    fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }),
    fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n) - 1n, (1n << 63n) - 1n, -(1n << 63n), 0n),
    fc.integer().map(BigInt),
  );

/** float64 values as Jaeger stores them (NaN and infinities included; -0 is not kept by JSON). */
export const arbFloat64 = (): fc.Arbitrary<number> => fc.double().map((d) => (Object.is(d, -0) ? 0 : d));

export const arbKeyValue = (key: fc.Arbitrary<string> = arbText()): fc.Arbitrary<KeyValue> =>
  fc.oneof(
    fc.record({ key, type: fc.constant('string' as const), value: arbText(20) }),
    fc.record({ key, type: fc.constant('bool' as const), value: fc.boolean() }),
    fc.record({ key, type: fc.constant('int64' as const), value: arbInt64() }),
    fc.record({ key, type: fc.constant('float64' as const), value: arbFloat64() }),
    fc.record({ key, type: fc.constant('binary' as const), value: fc.uint8Array({ maxLength: 12 }) }),
  );

/** Microseconds since the epoch, 1970 to 2100. */
export const arbMicros = (): fc.Arbitrary<Micros> =>
  fc.integer({ min: 0, max: 4_102_444_800_000_000 }).map((n) => n as Micros);

export const arbProcess = (): fc.Arbitrary<Process> =>
  fc.record({ serviceName: arbText(), tags: fc.array(arbKeyValue(), { maxLength: 4 }) });

export const arbSpanRef = (): fc.Arbitrary<SpanRef> =>
  fc.record({
    refType: fc.constantFrom('CHILD_OF' as const, 'FOLLOWS_FROM' as const),
    traceId: arbTraceId(),
    spanId: arbSpanId(),
  });

export const arbLog = (): fc.Arbitrary<Log> =>
  fc.record({ timestamp: arbMicros(), fields: fc.array(arbKeyValue(), { maxLength: 4 }) });

/** A span as Jaeger's model holds it (references without Spanstream's link tags). */
export const arbSpan = (process: fc.Arbitrary<Process> = arbProcess()): fc.Arbitrary<Span> =>
  fc.record({
    traceId: arbTraceId(),
    spanId: arbSpanId(),
    operationName: arbText(),
    references: fc.array(arbSpanRef(), { maxLength: 3 }),
    flags: fc.nat({ max: 0xffffffff }),
    startTime: arbMicros(),
    duration: fc.integer({ min: -1_000_000, max: 10_000_000_000_000 }).map((n) => n as Micros),
    tags: fc.array(arbKeyValue(), { maxLength: 6 }),
    logs: fc.array(arbLog(), { maxLength: 3 }),
    process,
    warnings: fc.array(arbText(), { maxLength: 2 }),
  });

/** A trace: spans sharing one trace ID, and a few processes shared between spans. */
export const arbTrace = (): fc.Arbitrary<Trace> =>
  fc
    .tuple(arbTraceId(), fc.array(arbProcess(), { minLength: 1, maxLength: 3 }))
    .chain(([traceId, processes]) =>
      fc
        .array(arbSpan(fc.constantFrom(...processes)), { minLength: 1, maxLength: 8 })
        .map((spans) => ({ spans: spans.map((span) => ({ ...span, traceId })), warnings: [] })),
    );

// --- OTLP requests whose every field survives OTLP -> model -> OTLP ---

/** Keys the Jaeger mapping gives a meaning (see otlp/keys.ts); attributes avoid them. */
const RESERVED = new Set([
  'service.name',
  'otel.scope.name',
  'otel.scope.version',
  'otel.library.name',
  'otel.library.version',
  'span.kind',
  'otel.status_code',
  'otel.status_description',
  'error',
  'w3c.tracestate',
  'event',
  'otel.dropped_attributes_count',
  'otel.dropped_events_count',
  'otel.dropped_links_count',
  'otlp.scope.attribute_keys',
  'otlp.scope.dropped_attributes_count',
  'otlp.scope.schema_url',
  'otlp.resource.schema_url',
  'otlp.span.flags',
  'otlp.link.flags',
]);

const arbAttributeKey = (): fc.Arbitrary<string> =>
  fc
    .oneof(fc.constantFrom('http.method', 'db.system', 'peer.service', 'k'), arbText())
    .filter((k) => !RESERVED.has(k));

type IAnyValue = opentelemetry.proto.common.v1.IAnyValue;

const arbScalarValue = (): fc.Arbitrary<IAnyValue> =>
  fc.oneof(
    arbText(20).map((stringValue) => ({ stringValue })),
    fc.boolean().map((boolValue) => ({ boolValue })),
    arbInt64().map((v) => ({ intValue: Long.fromString(v.toString()) })),
    arbFloat64().map((doubleValue) => ({ doubleValue })),
    fc.uint8Array({ maxLength: 12 }).map((bytesValue) => ({ bytesValue })),
  );

/** Any value, arrays and key-value lists nested up to `depth` levels, and the empty value. */
const arbAnyValue = (depth = 2): fc.Arbitrary<IAnyValue> => {
  if (depth === 0) return fc.oneof(arbScalarValue(), fc.constant({}));
  const nested = arbAnyValue(depth - 1);
  return fc.oneof(
    { arbitrary: arbScalarValue(), weight: 6 },
    { arbitrary: fc.constant({}), weight: 1 },
    {
      arbitrary: fc.array(nested, { maxLength: 3 }).map((values) => ({ arrayValue: { values } })),
      weight: 1,
    },
    {
      arbitrary: fc
        .array(fc.tuple(arbText(8), nested), { maxLength: 3 })
        .map((entries) => ({ kvlistValue: { values: entries.map(([key, value]) => ({ key, value })) } })),
      weight: 1,
    },
  );
};

/** OTLP attributes: unique keys (as OTLP requires), scalar, array, key-value list and empty values. */
export const arbAttributes = (maxLength = 4): fc.Arbitrary<IKeyValue[]> =>
  fc
    .uniqueArray(arbAttributeKey(), { maxLength })
    .chain((keys) => fc.tuple(...keys.map((key) => arbAnyValue().map((value) => ({ key, value })))))
    .map((list) => [...list]);

const { SpanKind } = opentelemetry.proto.trace.v1.Span;
const { StatusCode } = opentelemetry.proto.trace.v1.Status;
const KINDS = [
  SpanKind.SPAN_KIND_UNSPECIFIED,
  SpanKind.SPAN_KIND_INTERNAL,
  SpanKind.SPAN_KIND_SERVER,
  SpanKind.SPAN_KIND_CLIENT,
  SpanKind.SPAN_KIND_PRODUCER,
  SpanKind.SPAN_KIND_CONSUMER,
];
const CODES = [StatusCode.STATUS_CODE_UNSET, StatusCode.STATUS_CODE_OK, StatusCode.STATUS_CODE_ERROR];

const arbNanos = (): fc.Arbitrary<Long> => arbMicros().map((us) => Long.fromNumber(us, true).multiply(1000));

export const arbOtlpSpan = (): fc.Arbitrary<ISpan> =>
  fc
    .record({
      traceId: nonZeroBytes(16),
      spanId: nonZeroBytes(8),
      traceState: fc.oneof(fc.constant(''), fc.constant('rojo=00f067aa0ba902b7'), arbText()),
      parentSpanId: fc.oneof(fc.constant(new Uint8Array(0)), nonZeroBytes(8)),
      flags: fc.oneof(fc.constantFrom(0, 1, 0x100, 0x301), fc.nat({ max: 0xffffffff })),
      name: arbText(),
      kind: fc.constantFrom(...KINDS),
      startTimeUnixNano: arbNanos(),
      durationMicros: fc.nat({ max: 1_000_000_000 }),
      attributes: arbAttributes(),
      droppedAttributesCount: fc.nat({ max: 5 }),
      events: fc.array(
        fc.record({
          timeUnixNano: arbNanos(),
          name: arbText(),
          attributes: arbAttributes(3),
          droppedAttributesCount: fc.nat({ max: 3 }),
        }),
        { maxLength: 3 },
      ),
      droppedEventsCount: fc.nat({ max: 5 }),
      links: fc.array(
        fc.record({
          traceId: nonZeroBytes(16),
          spanId: nonZeroBytes(8),
          traceState: fc.oneof(fc.constant(''), arbText()),
          attributes: arbAttributes(3),
          droppedAttributesCount: fc.nat({ max: 3 }),
          flags: fc.oneof(fc.constant(0), fc.nat({ max: 0xffffffff })),
        }),
        { maxLength: 3 },
      ),
      droppedLinksCount: fc.nat({ max: 5 }),
      status: fc.record({
        code: fc.constantFrom(...CODES),
        message: arbText(),
      }),
    })
    .map(({ durationMicros, ...span }) => ({
      ...span,
      endTimeUnixNano: span.startTimeUnixNano.add(Long.fromNumber(durationMicros * 1000, true)),
    }));

/**
 * An OTLP request with distinct resources (by service name) and distinct scopes within each
 * resource, times in whole microseconds: the cases where OTLP -> model -> OTLP is the identity.
 */
export const arbOtlpRequest = (): fc.Arbitrary<{ resourceSpans: IResourceSpans[] }> =>
  fc
    .uniqueArray(
      arbText().filter((s) => s !== '' && s !== 'OTLPResourceNoServiceName'),
      { minLength: 1, maxLength: 3 },
    )
    .chain((services) =>
      fc.tuple(
        ...services.map((service) =>
          fc.record({
            resource: fc.record({
              attributes: arbAttributes(3).map((attrs) => [
                { key: 'service.name', value: { stringValue: service } },
                ...attrs,
              ]),
              droppedAttributesCount: fc.nat({ max: 3 }),
            }),
            schemaUrl: fc.constantFrom('', 'https://opentelemetry.io/schemas/1.26.0'),
            scopeSpans: fc
              .uniqueArray(
                arbText().filter((s) => s !== ''),
                { minLength: 1, maxLength: 2 },
              )
              .chain((names) =>
                fc.tuple(
                  ...names.map((name) =>
                    fc.record({
                      scope: fc.record({
                        name: fc.constant(name),
                        version: fc.constantFrom('', '1.2.3'),
                        attributes: arbAttributes(2),
                        droppedAttributesCount: fc.nat({ max: 2 }),
                      }),
                      schemaUrl: fc.constantFrom('', 'https://opentelemetry.io/schemas/1.21.0'),
                      spans: fc.array(arbOtlpSpan(), { minLength: 1, maxLength: 3 }),
                    }),
                  ),
                ),
              )
              .map((list) => [...list]),
          }),
        ),
      ),
    )
    .map((resourceSpans) => ({ resourceSpans: [...resourceSpans] }));

/** Copies of `base` with one to three bytes overwritten by arbitrary values: corruption a wire-level reader must survive. */
export const arbCorrupted = (base: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc
    .array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 3 })
    .map((edits) => {
      const bytes = Uint8Array.from(base);
      for (const [at, value] of edits) bytes[at] = value;
      return bytes;
    });

export * from './mutations.ts';
export * from './thrift-fields.ts';
export * from './golden-span.ts';
