import type { KeyValue, Log, Process, Span, SpanId, SpanRef, TraceId } from '@spanstream/model';
import { bytesToHex } from '@spanstream/model';
import { spanIdOf, traceIdOf } from '../bytes.ts';
import type { opentelemetry } from '@spanstream/proto';
import { durationMicros, nanosToMicros } from '../int64.ts';
import type { Micros } from '@spanstream/model';
import { appendTags, attributeToTag } from './attributes.ts';
import * as K from './keys.ts';

type IResource = opentelemetry.proto.resource.v1.IResource;
type IScope = opentelemetry.proto.common.v1.IInstrumentationScope;
type ISpan = opentelemetry.proto.trace.v1.ISpan;
type IEvent = opentelemetry.proto.trace.v1.Span.IEvent;
type ILink = opentelemetry.proto.trace.v1.Span.ILink;

const int64 = (key: string, value: number): KeyValue => ({ key, type: 'int64', value: BigInt(value) });
const str = (key: string, value: string): KeyValue => ({ key, type: 'string', value });

/** Resource to Jaeger process: `service.name` becomes the service name, the rest process tags. */
export function resourceToProcess(resource: IResource | null | undefined, schemaUrl: string): Process {
  const attributes = resource?.attributes ?? [];
  const tags: KeyValue[] = [];
  let serviceName = attributes.length === 0 ? K.NO_SERVICE_NAME : '';
  for (const attribute of attributes) {
    if (attribute.key === K.SERVICE_NAME) serviceName = attribute.value?.stringValue ?? '';
    else tags.push(attributeToTag(attribute));
  }
  const dropped = resource?.droppedAttributesCount ?? 0;
  if (dropped > 0) tags.push(int64(K.DROPPED_ATTRIBUTES, dropped));
  if (schemaUrl !== '') tags.push(str(K.RESOURCE_SCHEMA_URL, schemaUrl));
  return { serviceName, tags };
}

/** The span tags contributed by a scope: `leading` go before the span's attributes, `trailing` last. */
export interface ScopeTags {
  readonly leading: readonly KeyValue[];
  readonly trailing: readonly KeyValue[];
}

export function scopeToTags(scope: IScope | null | undefined, schemaUrl: string): ScopeTags {
  const leading: KeyValue[] = [];
  const trailing: KeyValue[] = [];
  if (scope?.name) leading.push(str(K.SCOPE_NAME, scope.name));
  if (scope?.version) leading.push(str(K.SCOPE_VERSION, scope.version));
  // Scope attributes are span tags (so tag search finds them); the list of their keys lets
  // the reverse conversion tell them from the span's own attributes, even after tags are sorted.
  const attributes = scope?.attributes ?? [];
  appendTags(leading, attributes);
  if (attributes.length > 0) {
    trailing.push(
      str(K.SCOPE_ATTRIBUTE_KEYS, JSON.stringify(attributes.map((attribute) => attribute.key ?? ''))),
    );
  }
  const dropped = scope?.droppedAttributesCount ?? 0;
  if (dropped > 0) trailing.push(int64(K.SCOPE_DROPPED_ATTRIBUTES, dropped));
  if (schemaUrl !== '') trailing.push(str(K.SCOPE_SCHEMA_URL, schemaUrl));
  return { leading, trailing };
}

/** One OTLP span to the model, or the reason it cannot be converted. */
export function spanToModel(span: ISpan, process: Process, scope: ScopeTags): Span | string {
  const traceId = span.traceId == null ? undefined : traceIdOf(span.traceId);
  if (traceId === undefined) return 'invalid trace ID: want 16 bytes, not all zero';
  const spanId = span.spanId == null ? undefined : spanIdOf(span.spanId);
  if (spanId === undefined) return 'invalid span ID: want 8 bytes, not all zero';
  const references: SpanRef[] = [];
  const parent = span.parentSpanId;
  let parentRef: SpanRef | undefined;
  if (parent != null && parent.length > 0) {
    if (parent.length !== 8) return 'invalid parent span ID: want 8 bytes';
    const parentId = spanIdOf(parent);
    if (parentId !== undefined) parentRef = { refType: 'CHILD_OF', traceId, spanId: parentId };
  }
  const links = span.links ?? [];
  for (let i = 0; i < links.length; i++) {
    const ref = linkToRef(links[i]!);
    if (typeof ref === 'string') return `link ${i}: ${ref}`;
    if (parentRef !== undefined && isPlainLinkTo(parentRef, ref)) {
      // Jaeger's `linksToDbSpanRefs`: a link to the parent gives the parent reference its type
      // (FOLLOWS_FROM unless `opentracing.ref_type=child_of`) instead of a second reference.
      parentRef = { ...parentRef, refType: ref.refType };
      continue;
    }
    references.push(ref);
  }
  if (parentRef !== undefined) references.unshift(parentRef);
  const start = span.startTimeUnixNano ?? 0;
  const flags = span.flags ?? 0;
  return {
    traceId,
    spanId,
    operationName: span.name ?? '',
    references,
    flags: flags & K.KEPT_FLAG_BITS,
    startTime: nanosToMicros(start) as Micros,
    duration: durationMicros(start, span.endTimeUnixNano ?? 0) as Micros,
    tags: spanTags(span, scope, flags),
    logs: (span.events ?? []).map(eventToLog),
    process,
    warnings: [],
  };
}

function spanTags(span: ISpan, scope: ScopeTags, flags: number): KeyValue[] {
  const tags: KeyValue[] = [...scope.leading];
  appendTags(tags, span.attributes);
  const kind = K.KIND_TO_TAG[span.kind ?? 0];
  if (kind !== undefined) tags.push(str(K.SPAN_KIND, kind));
  const code: number = span.status?.code ?? 0;
  if (code === K.STATUS_ERROR) {
    tags.push(str(K.STATUS_CODE, 'ERROR'), { key: K.ERROR, type: 'bool', value: true });
  } else if (code === K.STATUS_OK) {
    tags.push(str(K.STATUS_CODE, 'OK'));
  }
  const message = span.status?.message ?? '';
  if (message !== '') tags.push(str(K.STATUS_DESCRIPTION, message));
  if (span.traceState) tags.push(str(K.TRACE_STATE, span.traceState));
  if (span.droppedAttributesCount) tags.push(int64(K.DROPPED_ATTRIBUTES, span.droppedAttributesCount));
  if (span.droppedEventsCount) tags.push(int64(K.DROPPED_EVENTS, span.droppedEventsCount));
  if (span.droppedLinksCount) tags.push(int64(K.DROPPED_LINKS, span.droppedLinksCount));
  tags.push(...scope.trailing);
  if ((flags & ~K.KEPT_FLAG_BITS) !== 0) tags.push(int64(K.SPAN_FLAGS, flags >>> 0));
  return tags;
}

function eventToLog(event: IEvent): Log {
  const fields: KeyValue[] = [];
  const attributes = event.attributes ?? [];
  // Jaeger writes the event name as the `event` field unless an attribute already has that key.
  if (event.name && !attributes.some((attribute) => attribute.key === K.EVENT)) {
    fields.push(str(K.EVENT, event.name));
  }
  appendTags(fields, attributes);
  if (event.droppedAttributesCount) fields.push(int64(K.DROPPED_ATTRIBUTES, event.droppedAttributesCount));
  return { timestamp: nanosToMicros(event.timeUnixNano ?? 0) as Micros, fields };
}

/**
 * A link to the parent that carries nothing but its type (`opentracing.ref_type`, or no attribute):
 * merged into the parent reference as Jaeger does. One with other attributes, a trace state or
 * flags stays a reference of its own, so they are not lost (Jaeger drops them).
 */
function isPlainLinkTo(parent: SpanRef, link: SpanRef): boolean {
  return (
    link.traceId === parent.traceId &&
    link.spanId === parent.spanId &&
    (link.tags ?? []).every((tag) => tag.key === K.REF_TYPE)
  );
}

// Links may carry an invalid (empty or zero) span context when they have attributes or a
// trace state (OpenTelemetry spec): keep them with zero IDs, as Jaeger does.
function linkToRef(link: ILink): SpanRef | string {
  const traceBytes = link.traceId ?? new Uint8Array(0);
  const spanBytes = link.spanId ?? new Uint8Array(0);
  if (traceBytes.length !== 16 && traceBytes.length !== 0) return 'invalid trace ID: want 16 bytes';
  if (spanBytes.length !== 8 && spanBytes.length !== 0) return 'invalid span ID: want 8 bytes';
  const attributes = link.attributes ?? [];
  const tags: KeyValue[] = [];
  appendTags(tags, attributes);
  if (link.traceState) tags.push(str(K.TRACE_STATE, link.traceState));
  if (link.droppedAttributesCount) tags.push(int64(K.DROPPED_ATTRIBUTES, link.droppedAttributesCount));
  if (link.flags) tags.push(int64(K.LINK_FLAGS, link.flags >>> 0));
  const refType = attributes.find((attribute) => attribute.key === K.REF_TYPE)?.value?.stringValue;
  return {
    refType: refType === 'child_of' ? 'CHILD_OF' : 'FOLLOWS_FROM',
    traceId: (bytesToHex(traceBytes).padStart(32, '0') || '0'.repeat(32)) as TraceId,
    spanId: bytesToHex(spanBytes).padStart(16, '0') as SpanId,
    tags,
  };
}
