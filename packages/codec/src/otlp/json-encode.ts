import type { Span } from '@spanstream/model';
import { bytesToHex } from '@spanstream/model';
import type { opentelemetry } from '@spanstream/proto';
import type Long from 'long';
import { anyValueJson } from './attributes.ts';
import { toOtlpTraces } from './encode.ts';

type IKeyValue = opentelemetry.proto.common.v1.IKeyValue;
type ISpan = opentelemetry.proto.trace.v1.ISpan;
type Json = Record<string, unknown>;

/**
 * Model spans to an OTLP/JSON `ExportTraceServiceRequest` object, ready for JSON.stringify:
 * IDs in hex, int64 and fixed64 as decimal strings, bytes in base64, enums as numbers,
 * default values omitted (as the OpenTelemetry Collector writes it).
 */
export function toOtlpJson(spans: readonly Span[]): { resourceSpans: Json[] } {
  return {
    resourceSpans: toOtlpTraces(spans).resourceSpans.map((rs) =>
      compact({
        resource: compact({
          attributes: attributesJson(rs.resource?.attributes),
          droppedAttributesCount: rs.resource?.droppedAttributesCount,
        }),
        scopeSpans: (rs.scopeSpans ?? []).map((ss) =>
          compact({
            scope: compact({
              name: ss.scope?.name,
              version: ss.scope?.version,
              attributes: attributesJson(ss.scope?.attributes),
              droppedAttributesCount: ss.scope?.droppedAttributesCount,
            }),
            spans: (ss.spans ?? []).map(spanJson),
            schemaUrl: ss.schemaUrl,
          }),
        ),
        schemaUrl: rs.schemaUrl,
      }),
    ),
  };
}

function spanJson(span: ISpan): Json {
  return compact({
    traceId: hex(span.traceId),
    spanId: hex(span.spanId),
    traceState: span.traceState,
    parentSpanId: hex(span.parentSpanId),
    flags: span.flags,
    name: span.name,
    kind: span.kind,
    startTimeUnixNano: nanos(span.startTimeUnixNano),
    endTimeUnixNano: nanos(span.endTimeUnixNano),
    attributes: attributesJson(span.attributes),
    droppedAttributesCount: span.droppedAttributesCount,
    events: (span.events ?? []).map((event) =>
      compact({
        timeUnixNano: nanos(event.timeUnixNano),
        name: event.name,
        attributes: attributesJson(event.attributes),
        droppedAttributesCount: event.droppedAttributesCount,
      }),
    ),
    droppedEventsCount: span.droppedEventsCount,
    links: (span.links ?? []).map((link) =>
      compact({
        traceId: hex(link.traceId),
        spanId: hex(link.spanId),
        traceState: link.traceState,
        attributes: attributesJson(link.attributes),
        droppedAttributesCount: link.droppedAttributesCount,
        flags: link.flags,
      }),
    ),
    droppedLinksCount: span.droppedLinksCount,
    // The Collector always writes a status object, empty when unset.
    status: compact({ message: span.status?.message, code: span.status?.code }),
  });
}

const nanos = (value: Long | null | undefined): string | undefined =>
  value == null || value.isZero() ? undefined : value.toString();

const hex = (bytes: Uint8Array | null | undefined): string | undefined =>
  bytes == null || bytes.length === 0 ? undefined : bytesToHex(bytes);

function attributesJson(attributes: readonly IKeyValue[] | null | undefined): Json[] {
  return (attributes ?? []).map(({ key, value }) => ({ key, value: anyValueJson(value) }));
}

/** Drops default values (undefined, '', 0, empty arrays) as proto3 JSON does. */
function compact(object: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === '' || value === 0) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}
