/**
 * Jaeger's Elasticsearch 8 mappings, field for field, from jaegertracing/jaeger
 * `plugin/storage/es/mappings/jaeger-span-8.json` and `jaeger-service-8.json` at v1.62.0
 * (Apache-2.0; only the mapping facts are reproduced). Note Jaeger's own quirk: nested tags are
 * written with a `type` field but mapped with `tagType`, so `type` is kept in `_source` only.
 */
// Jaeger's templates spell these two out at every field that has them.
const KEYWORD = { type: 'keyword', ignore_above: 256 } as const;
const KEY_VALUES = {
  type: 'nested',
  dynamic: false,
  properties: { key: KEYWORD, value: KEYWORD, tagType: KEYWORD },
} as const;

export const JAEGER_SPAN_MAPPING = {
  settings: {
    'index.mapping.nested_fields.limit': 50,
    'index.requests.cache.enable': true,
  },
  dynamic_templates: [
    {
      span_tags_map: {
        mapping: KEYWORD,
        path_match: 'tag.*',
      },
    },
    {
      process_tags_map: {
        mapping: KEYWORD,
        path_match: 'process.tag.*',
      },
    },
  ],
  properties: {
    traceID: KEYWORD,
    parentSpanID: KEYWORD,
    spanID: KEYWORD,
    operationName: KEYWORD,
    startTime: {
      type: 'long',
    },
    startTimeMillis: {
      type: 'date',
      format: 'epoch_millis',
    },
    duration: {
      type: 'long',
    },
    flags: {
      type: 'integer',
    },
    logs: {
      type: 'nested',
      dynamic: false,
      properties: {
        timestamp: {
          type: 'long',
        },
        fields: KEY_VALUES,
      },
    },
    process: {
      properties: {
        serviceName: KEYWORD,
        tag: {
          type: 'object',
        },
        tags: KEY_VALUES,
      },
    },
    references: {
      type: 'nested',
      dynamic: false,
      properties: {
        refType: KEYWORD,
        traceID: KEYWORD,
        spanID: KEYWORD,
      },
    },
    tag: {
      type: 'object',
    },
    tags: KEY_VALUES,
  },
} as const;

export const JAEGER_SERVICE_MAPPING = {
  properties: {
    serviceName: KEYWORD,
    operationName: KEYWORD,
  },
} as const;

/** Spanstream's additions to Jaeger's mappings (see docs/storage.md, ADR 0061). Nothing else may differ. */
export const SPANSTREAM_SPAN_EXTENSIONS = [
  'references.tags',
  'warnings',
  'otlpTags',
  'process.otlpTags',
] as const;
export const SPANSTREAM_SERVICE_EXTENSIONS = ['spanKind'] as const;
