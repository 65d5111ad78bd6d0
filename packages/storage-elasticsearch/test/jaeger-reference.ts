/**
 * Jaeger's Elasticsearch 8 mappings, field for field, from jaegertracing/jaeger
 * `plugin/storage/es/mappings/jaeger-span-8.json` and `jaeger-service-8.json` at v1.62.0
 * (Apache-2.0; only the mapping facts are reproduced). Note Jaeger's own quirk: nested tags are
 * written with a `type` field but mapped with `tagType`, so `type` is kept in `_source` only.
 */
export const JAEGER_SPAN_MAPPING = {
  settings: {
    'index.mapping.nested_fields.limit': 50,
    'index.requests.cache.enable': true,
  },
  dynamic_templates: [
    {
      span_tags_map: {
        mapping: {
          type: 'keyword',
          ignore_above: 256,
        },
        path_match: 'tag.*',
      },
    },
    {
      process_tags_map: {
        mapping: {
          type: 'keyword',
          ignore_above: 256,
        },
        path_match: 'process.tag.*',
      },
    },
  ],
  properties: {
    traceID: {
      type: 'keyword',
      ignore_above: 256,
    },
    parentSpanID: {
      type: 'keyword',
      ignore_above: 256,
    },
    spanID: {
      type: 'keyword',
      ignore_above: 256,
    },
    operationName: {
      type: 'keyword',
      ignore_above: 256,
    },
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
        fields: {
          type: 'nested',
          dynamic: false,
          properties: {
            key: {
              type: 'keyword',
              ignore_above: 256,
            },
            value: {
              type: 'keyword',
              ignore_above: 256,
            },
            tagType: {
              type: 'keyword',
              ignore_above: 256,
            },
          },
        },
      },
    },
    process: {
      properties: {
        serviceName: {
          type: 'keyword',
          ignore_above: 256,
        },
        tag: {
          type: 'object',
        },
        tags: {
          type: 'nested',
          dynamic: false,
          properties: {
            key: {
              type: 'keyword',
              ignore_above: 256,
            },
            value: {
              type: 'keyword',
              ignore_above: 256,
            },
            tagType: {
              type: 'keyword',
              ignore_above: 256,
            },
          },
        },
      },
    },
    references: {
      type: 'nested',
      dynamic: false,
      properties: {
        refType: {
          type: 'keyword',
          ignore_above: 256,
        },
        traceID: {
          type: 'keyword',
          ignore_above: 256,
        },
        spanID: {
          type: 'keyword',
          ignore_above: 256,
        },
      },
    },
    tag: {
      type: 'object',
    },
    tags: {
      type: 'nested',
      dynamic: false,
      properties: {
        key: {
          type: 'keyword',
          ignore_above: 256,
        },
        value: {
          type: 'keyword',
          ignore_above: 256,
        },
        tagType: {
          type: 'keyword',
          ignore_above: 256,
        },
      },
    },
  },
} as const;

export const JAEGER_SERVICE_MAPPING = {
  properties: {
    serviceName: {
      type: 'keyword',
      ignore_above: 256,
    },
    operationName: {
      type: 'keyword',
      ignore_above: 256,
    },
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
