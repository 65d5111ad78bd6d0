import { jaegerSpanRegistrySchema } from '@spanstream/proto/registry-schema';

/**
 * jaeger.api_v2 `Span` as registered with a schema registry: derived from
 * schemas/third_party/jaeger/api_v2/model.proto when this module loads, `Span` first so that its Confluent
 * message-index path is [0].
 */
export const JAEGER_SPAN_PROTO: string = jaegerSpanRegistrySchema();
