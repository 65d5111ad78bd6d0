import type { FramedEncoding } from './encodings.ts';
import { registryRequest } from './schema-registry-http.ts';

/** What a framed record's schema id names. */
export type SchemaIdentity =
  | { readonly kind: 'span'; readonly encoding: FramedEncoding }
  /** A schema that is neither of ours: `type` is its first message, package-qualified. */
  | { readonly kind: 'foreign'; readonly type: string };

/** Resolves schema ids to what they frame; undefined when the registry cannot tell now (unreachable). */
export type SchemaLookup = (schemaId: number) => Promise<SchemaIdentity | undefined>;

const SPAN_TYPES: Readonly<Record<string, FramedEncoding>> = {
  'jaeger.api_v2.Span': 'protobuf',
  'opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest': 'otlp_proto',
};

/** The package-qualified name of a protobuf schema's first top-level message (message index [0]). */
export function firstMessageType(schema: string): string | undefined {
  const text = schema.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
  const message = /^\s*message\s+(\w+)/m.exec(text)?.[1];
  if (message === undefined) return undefined;
  const pkg = /^\s*package\s+([\w.]+)\s*;/m.exec(text)?.[1];
  return pkg ? `${pkg}.${message}` : message;
}

/**
 * Looks schema ids up in the registry once each (ids are immutable). A failed lookup is not cached,
 * so the next record with that id asks again.
 */
export function createSchemaLookup(registryUrl: string): SchemaLookup {
  const cache = new Map<number, Promise<SchemaIdentity | undefined>>();
  const fetchIdentity = async (schemaId: number): Promise<SchemaIdentity | undefined> => {
    try {
      const found = (await registryRequest(registryUrl, `/schemas/ids/${schemaId}`)) as {
        schema?: unknown;
        schemaType?: unknown;
      };
      const schema = typeof found.schema === 'string' ? found.schema : '';
      const type =
        found.schemaType === undefined || found.schemaType === 'PROTOBUF'
          ? (firstMessageType(schema) ?? 'unknown')
          : `a ${typeof found.schemaType === 'string' ? found.schemaType : 'non-protobuf'} schema`;
      const encoding = SPAN_TYPES[type];
      return encoding ? { kind: 'span', encoding } : { kind: 'foreign', type };
    } catch (error) {
      if ((error as { status?: number }).status === 404)
        return { kind: 'foreign', type: 'an unknown schema id' };
      cache.delete(schemaId);
      return undefined;
    }
  };
  return (schemaId) => {
    let pending = cache.get(schemaId);
    if (!pending) {
      pending = fetchIdentity(schemaId);
      cache.set(schemaId, pending);
    }
    return pending;
  };
}
