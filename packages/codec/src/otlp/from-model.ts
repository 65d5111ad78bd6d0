import type { KeyValue, Log, Process, Span, SpanRef } from '@spanstream/model';
import { idBytes } from '../bytes.ts';
import { opentelemetry } from '@spanstream/proto';
import type Long from 'long';
import { microsToNanosLong } from '../int64.ts';
import { tagToAttribute } from './attributes.ts';
import * as K from './keys.ts';

type IKeyValue = opentelemetry.proto.common.v1.IKeyValue;
type IResource = opentelemetry.proto.resource.v1.IResource;
type IScope = opentelemetry.proto.common.v1.IInstrumentationScope;
type ISpan = opentelemetry.proto.trace.v1.ISpan;
type IEvent = opentelemetry.proto.trace.v1.Span.IEvent;
type ILink = opentelemetry.proto.trace.v1.Span.ILink;

// The reverse of to-model.ts: tags that carry OTLP fields are taken out (the first of each
// key, with the expected type, as the OpenTelemetry Jaeger translator does) and the rest
// become attributes.

const { SpanKind } = opentelemetry.proto.trace.v1.Span;
const { StatusCode } = opentelemetry.proto.trace.v1.Status;
type SpanKindValue = opentelemetry.proto.trace.v1.Span.SpanKind;
type StatusCodeValue = opentelemetry.proto.trace.v1.Status.StatusCode;

const KIND_BY_TAG: Readonly<Record<string, SpanKindValue>> = {
  internal: SpanKind.SPAN_KIND_INTERNAL,
  server: SpanKind.SPAN_KIND_SERVER,
  client: SpanKind.SPAN_KIND_CLIENT,
  producer: SpanKind.SPAN_KIND_PRODUCER,
  consumer: SpanKind.SPAN_KIND_CONSUMER,
};

/** Picks the first tag of each wanted key (with the wanted type) out of a list; the rest stay. */
class TagPicker {
  private readonly taken = new Set<number>();
  private readonly tags: readonly KeyValue[];

  constructor(tags: readonly KeyValue[]) {
    this.tags = tags;
  }

  string(key: string): string | undefined {
    const i = this.find(key, 'string');
    return i === -1 ? undefined : (this.tags[i]!.value as string);
  }

  int(key: string): number | undefined {
    const i = this.find(key, 'int64');
    return i === -1 ? undefined : Number(this.tags[i]!.value);
  }

  bool(key: string): boolean | undefined {
    const i = this.find(key, 'bool');
    return i === -1 ? undefined : (this.tags[i]!.value as boolean);
  }

  /** Takes `error` only when it is `true`: Jaeger leaves `error=false` as an attribute. */
  errorFlag(): boolean {
    const i = this.tags.findIndex(
      (tag, j) => !this.taken.has(j) && tag.key === K.ERROR && tag.value === true,
    );
    if (i !== -1) this.taken.add(i);
    return i !== -1;
  }

  /** The first remaining tag with this key, whatever its type. */
  take(key: string): KeyValue | undefined {
    const i = this.tags.findIndex((tag, j) => !this.taken.has(j) && tag.key === key);
    if (i === -1) return undefined;
    this.taken.add(i);
    return this.tags[i];
  }

  rest(): KeyValue[] {
    return this.tags.filter((_, i) => !this.taken.has(i));
  }

  private find(key: string, type: KeyValue['type']): number {
    const i = this.tags.findIndex((tag, j) => !this.taken.has(j) && tag.key === key);
    if (i === -1 || this.tags[i]!.type !== type) return -1;
    this.taken.add(i);
    return i;
  }
}

function parseKeyList(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const keys: unknown = JSON.parse(text);
    return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

const toAttributes = (tags: readonly KeyValue[]): IKeyValue[] => tags.map(tagToAttribute);

type Field = string | number | Long | Uint8Array | object | null | undefined;

/**
 * proto3 leaves default values off the wire (as Jaeger's pdata marshaller does), but protobufjs
 * writes every field that is set: unset the defaults of an OTLP message (never of an AnyValue,
 * where an empty string or a zero is the value).
 */
function withoutDefaults<T extends object>(message: T): T {
  const fields = message as Record<string, Field>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (
      value === '' ||
      value === 0 ||
      (value instanceof Uint8Array && value.length === 0) ||
      (typeof value === 'object' && value !== null && 'isZero' in value && value.isZero())
    ) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a field of a protobufjs message
      delete fields[key];
    }
  }
  return message;
}

export function processToResource(process: Process): { resource: IResource; schemaUrl: string } {
  const picker = new TagPicker(process.tags);
  const dropped = picker.int(K.DROPPED_ATTRIBUTES) ?? 0;
  const schemaUrl = picker.string(K.RESOURCE_SCHEMA_URL) ?? '';
  const attributes: IKeyValue[] = [];
  if (process.serviceName !== '' && process.serviceName !== K.NO_SERVICE_NAME) {
    attributes.push({ key: K.SERVICE_NAME, value: { stringValue: process.serviceName } });
  }
  for (const tag of picker.rest()) attributes.push(tagToAttribute(tag));
  return { resource: withoutDefaults({ attributes, droppedAttributesCount: dropped }), schemaUrl };
}

/** A span's scope and its OTLP span, ready to group under its resource. */
export interface ScopedSpan {
  readonly scope: IScope;
  readonly scopeSchemaUrl: string;
  readonly span: ISpan;
}

export function spanToOtlp(span: Span): ScopedSpan {
  const picker = new TagPicker(span.tags);
  const scopeName = picker.string(K.SCOPE_NAME);
  const scope: IScope = withoutDefaults({
    name: scopeName ?? picker.string(K.LIBRARY_NAME) ?? '',
    version:
      picker.string(K.SCOPE_VERSION) ??
      (scopeName === undefined ? picker.string(K.LIBRARY_VERSION) : undefined) ??
      '',
    droppedAttributesCount: picker.int(K.SCOPE_DROPPED_ATTRIBUTES) ?? 0,
  });
  const scopeKeys = parseKeyList(picker.string(K.SCOPE_ATTRIBUTE_KEYS));
  const scopeSchemaUrl = picker.string(K.SCOPE_SCHEMA_URL) ?? '';
  const kindTag = picker.string(K.SPAN_KIND);
  const statusTag = picker.string(K.STATUS_CODE);
  const isError = picker.errorFlag();
  const message = picker.string(K.STATUS_DESCRIPTION) ?? '';
  const otlp: ISpan = {
    traceId: idBytes(span.traceId),
    spanId: idBytes(span.spanId),
    traceState: picker.string(K.TRACE_STATE) ?? '',
    flags: picker.int(K.SPAN_FLAGS) ?? span.flags & K.KEPT_FLAG_BITS,
    name: span.operationName,
    kind: (kindTag === undefined ? undefined : KIND_BY_TAG[kindTag]) ?? SpanKind.SPAN_KIND_UNSPECIFIED,
    startTimeUnixNano: microsToNanosLong(span.startTime),
    endTimeUnixNano: microsToNanosLong(span.startTime + span.duration),
    droppedAttributesCount: picker.int(K.DROPPED_ATTRIBUTES) ?? 0,
    droppedEventsCount: picker.int(K.DROPPED_EVENTS) ?? 0,
    droppedLinksCount: picker.int(K.DROPPED_LINKS) ?? 0,
    status: withoutDefaults({ code: statusCode(isError, statusTag), message }),
    events: span.logs.map(logToEvent),
  };
  // The first tag of each listed key is the scope's (a stable sort by key keeps it first).
  scope.attributes = toAttributes(scopeKeys.flatMap((key) => picker.take(key) ?? []));
  otlp.attributes = toAttributes(picker.rest());
  setReferences(span, otlp);
  return { scope, scopeSchemaUrl, span: withoutDefaults(otlp) };
}

/** As Jaeger: `error=true` first, then `otel.status_code` in any case. */
function statusCode(isError: boolean, statusTag: string | undefined): StatusCodeValue {
  if (isError) return StatusCode.STATUS_CODE_ERROR;
  switch (statusTag?.toUpperCase()) {
    case 'ERROR':
      return StatusCode.STATUS_CODE_ERROR;
    case 'OK':
      return StatusCode.STATUS_CODE_OK;
    default:
      return StatusCode.STATUS_CODE_UNSET;
  }
}

function setReferences(span: Span, otlp: ISpan): void {
  // The parent is the first CHILD_OF reference within the trace that did not come from an
  // OTLP link (links keep their attributes in `tags`, possibly empty); failing that, as Jaeger's
  // `Span.ParentSpanID()`, the first such FOLLOWS_FROM, which also stays a link (its type kept).
  const inTrace = (ref: SpanRef): boolean => ref.tags === undefined && ref.traceId === span.traceId;
  let parent = span.references.findIndex((ref) => inTrace(ref) && ref.refType === 'CHILD_OF');
  if (parent === -1)
    parent = span.references.findIndex((ref) => inTrace(ref) && ref.refType === 'FOLLOWS_FROM');
  const childOf = parent !== -1 && span.references[parent]!.refType === 'CHILD_OF';
  otlp.parentSpanId = parent === -1 ? new Uint8Array(0) : idBytes(span.references[parent]!.spanId);
  otlp.links = span.references.filter((_, i) => !childOf || i !== parent).map(refToLink);
}

function refToLink(ref: SpanRef): ILink {
  const link: ILink = { traceId: idBytes(ref.traceId), spanId: idBytes(ref.spanId) };
  if (ref.tags === undefined) {
    // A Jaeger reference: its type goes into an attribute, as the OpenTelemetry translator does.
    link.attributes = [
      { key: K.REF_TYPE, value: { stringValue: ref.refType === 'CHILD_OF' ? 'child_of' : 'follows_from' } },
    ];
    return withoutDefaults(link);
  }
  const picker = new TagPicker(ref.tags);
  link.traceState = picker.string(K.TRACE_STATE) ?? '';
  link.droppedAttributesCount = picker.int(K.DROPPED_ATTRIBUTES) ?? 0;
  link.flags = picker.int(K.LINK_FLAGS) ?? 0;
  link.attributes = toAttributes(picker.rest());
  return withoutDefaults(link);
}

function logToEvent(log: Log): IEvent {
  const picker = new TagPicker(log.fields);
  return withoutDefaults({
    timeUnixNano: microsToNanosLong(log.timestamp),
    name: picker.string(K.EVENT) ?? '',
    droppedAttributesCount: picker.int(K.DROPPED_ATTRIBUTES) ?? 0,
    attributes: toAttributes(picker.rest()),
  });
}
