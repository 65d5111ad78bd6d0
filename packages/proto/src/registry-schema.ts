import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';

const MODEL = new URL('../../../schemas/third_party/jaeger/api_v2/model.proto', import.meta.url);

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
