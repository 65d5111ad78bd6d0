// Tag keys that carry OTLP fields Jaeger's model has no place for. The first group is
// what Jaeger (via the OpenTelemetry Jaeger translator) writes; the `otel.dropped_*` keys
// are the OpenTelemetry spec's names for non-OTLP formats; the `otlp.*` keys are
// Spanstream's, so that OTLP -> model -> OTLP is lossless (see docs/compatibility.md).

export const SERVICE_NAME = 'service.name';
/** Jaeger's service name for a resource without attributes. */
export const NO_SERVICE_NAME = 'OTLPResourceNoServiceName';

export const SCOPE_NAME = 'otel.scope.name';
export const SCOPE_VERSION = 'otel.scope.version';
export const LIBRARY_NAME = 'otel.library.name';
export const LIBRARY_VERSION = 'otel.library.version';
export const SPAN_KIND = 'span.kind';
export const STATUS_CODE = 'otel.status_code';
export const STATUS_DESCRIPTION = 'otel.status_description';
export const ERROR = 'error';
export const TRACE_STATE = 'w3c.tracestate';
export const EVENT = 'event';
export const REF_TYPE = 'opentracing.ref_type';

export const DROPPED_ATTRIBUTES = 'otel.dropped_attributes_count';
export const DROPPED_EVENTS = 'otel.dropped_events_count';
export const DROPPED_LINKS = 'otel.dropped_links_count';

export const SCOPE_ATTRIBUTE_KEYS = 'otlp.scope.attribute_keys';
export const SCOPE_DROPPED_ATTRIBUTES = 'otlp.scope.dropped_attributes_count';
export const SCOPE_SCHEMA_URL = 'otlp.scope.schema_url';
export const RESOURCE_SCHEMA_URL = 'otlp.resource.schema_url';
export const SPAN_FLAGS = 'otlp.span.flags';
export const LINK_FLAGS = 'otlp.link.flags';

/** OTLP span kind (enum number) to Jaeger's `span.kind` value. */
export const KIND_TO_TAG: readonly (string | undefined)[] = [
  undefined,
  'internal',
  'server',
  'client',
  'producer',
  'consumer',
];

export const STATUS_OK = 1;
export const STATUS_ERROR = 2;

/** Jaeger flags bits kept from OTLP span flags: sampled, and the two is-remote bits. */
export const KEPT_FLAG_BITS = 0x301;
