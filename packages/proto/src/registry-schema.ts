import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';

const THIRD_PARTY = new URL('../../../schemas/third_party/', import.meta.url);
const MODEL = new URL('jaeger/api_v2/model.proto', THIRD_PARTY);

/**
 * A schema as a registry holds it, with the files it imports: each import is registered under its
 * import path as subject and named in `references` (Confluent's `{name, subject, version}`), so that
 * clients without built-in well-known types (@kafkajs/confluent-schema-registry) can resolve them.
 */
export interface RegistrySchema {
  /** The path other schemas import it by (the reference's `name` and `subject`); the root's is informative. */
  readonly name: string;
  readonly schema: string;
  readonly references: readonly RegistrySchema[];
}

function thirdParty(name: string, references: readonly RegistrySchema[] = []): RegistrySchema {
  return { name, schema: readFileSync(new URL(name, THIRD_PARTY), 'utf8'), references };
}

/** `jaegerSpanRegistrySchema()` with the two well-known types its text imports. */
export function jaegerSpanRegistryFile(): RegistrySchema {
  return {
    name: 'jaeger/api_v2/model.proto',
    schema: jaegerSpanRegistrySchema(),
    references: [thirdParty('google/protobuf/timestamp.proto'), thirdParty('google/protobuf/duration.proto')],
  };
}

/**
 * `ExportTraceServiceRequest` as Spanstream registers it for `otlp_proto` records: the message alone
 * (trace_service.proto declares the TraceService first, which clients that take the schema's first
 * top-level name as the record's type would pick), importing trace.proto and through it
 * common.proto and resource.proto, all three registered unchanged.
 */
export function otlpTracesRegistryFile(): RegistrySchema {
  const common = thirdParty('opentelemetry/proto/common/v1/common.proto');
  const resource = thirdParty('opentelemetry/proto/resource/v1/resource.proto', [common]);
  const trace = thirdParty('opentelemetry/proto/trace/v1/trace.proto', [common, resource]);
  const schema = [
    'syntax = "proto3";',
    '',
    'package opentelemetry.proto.collector.trace.v1;',
    '',
    'import "opentelemetry/proto/trace/v1/trace.proto";',
    '',
    'message ExportTraceServiceRequest {',
    '  repeated opentelemetry.proto.trace.v1.ResourceSpans resource_spans = 1;',
    '}',
    '',
  ].join('\n');
  return { name: 'opentelemetry/proto/collector/trace/v1/trace_service.proto', schema, references: [trace] };
}

/**
 * `jaeger.api_v2.Span` as Spanstream registers it with a schema registry, derived from
 * schemas/third_party/jaeger/api_v2/model.proto: Span first (its Confluent message-index path is [0]), then the
 * types it uses in the file's order, without the file's options (registries cannot resolve
 * gogo.proto) — the wire format is the file's. The text is canonical (one field a line), so it
 * stays the schema registered so far: registering it again returns the same id.
 */
export function jaegerSpanRegistrySchema(): string {
  const root = protobuf.parse(readFileSync(MODEL, 'utf8'), { keepCase: true }).root;
  const pkg = root.lookup('jaeger.api_v2') as protobuf.Namespace;
  const span = pkg.lookupType('Span');
  const used = new Set<string>();
  collectUsed(span, used);
  const types = pkg.nestedArray.filter((type) => type !== span && used.has(type.name));
  const blocks = [span, ...types].map((type) =>
    type instanceof protobuf.Enum ? enumText(type) : messageText(type as protobuf.Type),
  );
  return [
    'syntax = "proto3";',
    '',
    'package jaeger.api_v2;',
    '',
    'import "google/protobuf/timestamp.proto";',
    'import "google/protobuf/duration.proto";',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/** The names of the package's types `type` reaches through its fields. */
function collectUsed(type: protobuf.Type, used: Set<string>): void {
  for (const field of type.fieldsArray) {
    if (field.type.includes('.') || used.has(field.type)) continue;
    const target = type.parent?.lookup(field.type);
    if (target === null || target === undefined) continue;
    used.add(field.type);
    if (target instanceof protobuf.Type) collectUsed(target, used);
  }
}

function messageText(type: protobuf.Type): string {
  const fields = type.fieldsArray.map(
    (field) => `  ${field.repeated ? 'repeated ' : ''}${field.type} ${field.name} = ${field.id};`,
  );
  return `message ${type.name} {\n${fields.join('\n')}\n}`;
}

function enumText(type: protobuf.Enum): string {
  const values = Object.entries(type.values).map(([name, id]) => `  ${name} = ${id};`);
  return `enum ${type.name} {\n${values.join('\n')}\n}`;
}
