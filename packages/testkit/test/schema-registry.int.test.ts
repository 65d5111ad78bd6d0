import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { describe, expect, it } from 'vitest';
import { schemaRegistryUrl, uniqueName } from '../src/index.ts';

const spanProto = `syntax = "proto3";
package spanstream.smoke;

message SmokeSpan {
  string trace_id = 1;
  string operation_name = 2;
  int64 duration_micros = 3;
}
`;

describe('schema registry (@kafkajs/confluent-schema-registry)', () => {
  it('registers and fetches a protobuf schema, and round-trips a message', async () => {
    const registry = new SchemaRegistry({ host: await schemaRegistryUrl() });
    const subject = uniqueName('smoke-value');
    const { id } = await registry.register({ type: SchemaType.PROTOBUF, schema: spanProto }, { subject });
    expect(await registry.getLatestSchemaId(subject)).toBe(id);

    const fetched = await registry.getSchema(id);
    expect(fetched).toBeDefined();

    const payload = { traceId: 'abc', operationName: 'GET /trace', durationMicros: 1234 };
    const encoded = await registry.encode(id, payload);
    expect(encoded[0]).toBe(0); // Confluent wire format: magic byte, then the schema id
    expect(encoded.readInt32BE(1)).toBe(id);
    const decoded = (await registry.decode(encoded)) as Record<string, unknown>;
    expect(decoded['operationName']).toBe('GET /trace');
  });
});
