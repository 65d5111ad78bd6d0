import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { schemaRegistryUrl, uniqueName } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';
import { testSpan } from '../test/helpers.ts';
import { decodeMessage } from './encodings.ts';
import { encodeRecords } from './record-encoder.ts';
import { registerSpanSchema } from './schema-registration.ts';
import { registryRequest } from './schema-registry-http.ts';
import { createSchemaLookup } from './schema-lookup.ts';
import { JAEGER_SPAN_PROTO } from './span-schema.ts';

/** What the client's protobufjs decode returns (camelCase names, int64 as Long). */
interface DecodedJaegerSpan {
  operationName: string;
  startTime: { seconds: { toString(): string } };
  duration: { nanos: number };
  process: { serviceName: string };
}

interface DecodedOtlpRequest {
  resourceSpans: { scopeSpans: { spans: { name: string }[] }[] }[];
}

describe('span schemas registered with references (Apicurio ccompat API)', () => {
  it('registers the well-known types as subjects and names them as references of the Span schema', async () => {
    const url = await schemaRegistryUrl();
    const topic = uniqueName('schema-refs');
    const id = await registerSpanSchema(url, topic, 'protobuf');
    expect(await registerSpanSchema(url, topic, 'protobuf')).toBe(id);
    const found = (await registryRequest(url, `/schemas/ids/${id}`)) as {
      references?: { name: string; subject: string; version: number }[];
    };
    expect(found.references?.map((r) => r.name).sort()).toEqual([
      'google/protobuf/duration.proto',
      'google/protobuf/timestamp.proto',
    ]);
    for (const ref of found.references ?? []) {
      expect(ref.subject).toBe(ref.name);
      expect(ref.version).toBeGreaterThan(0);
    }
  });

  it('adds a version with references to a subject registered without them under BACKWARD compatibility', async () => {
    const url = await schemaRegistryUrl();
    const topic = uniqueName('schema-upgrade');
    // As Spanstream registered before issue 16: the official client, no references, BACKWARD set on the subject.
    const registry = new SchemaRegistry({ host: url });
    const old = await registry.register(
      { type: SchemaType.PROTOBUF, schema: JAEGER_SPAN_PROTO },
      { subject: `${topic}-value` },
    );
    const id = await registerSpanSchema(url, topic, 'protobuf');
    expect(id).not.toBe(old.id);
    const versions = (await registryRequest(url, `/subjects/${topic}-value/versions`)) as number[];
    expect(versions).toHaveLength(2);
  });

  it('the official @kafkajs/confluent-schema-registry client decodes framed protobuf records', async () => {
    const url = await schemaRegistryUrl();
    const schemaId = await registerSpanSchema(url, uniqueName('schema-pb'), 'protobuf');
    const spans = [testSpan(1), testSpan(2)];
    const { messages } = encodeRecords(spans, { encoding: 'protobuf', maxMessageBytes: 1e6, schemaId });
    const registry = new SchemaRegistry({ host: url });
    const decoded = (await Promise.all(
      messages.map((m) => registry.decode(m.value as Buffer)),
    )) as DecodedJaegerSpan[];
    expect(decoded.map((d) => d.operationName)).toEqual(spans.map((s) => s.operationName));
    expect(decoded[0]!.process.serviceName).toBe('checkout');
    expect(decoded[0]!.startTime.seconds.toString()).toBe(
      String(Math.floor(Number(spans[0]!.startTime) / 1e6)),
    );
    expect(decoded[0]!.duration.nanos).toBe(1_500_000);
  });

  it('frames otlp_proto records with the OTLP schema, which the official client and our lookup both read', async () => {
    const url = await schemaRegistryUrl();
    const schemaId = await registerSpanSchema(url, uniqueName('schema-otlp'), 'otlp_proto');
    const spans = [testSpan(1, 7), testSpan(2, 7)];
    const { messages } = encodeRecords(spans, { encoding: 'otlp_proto', maxMessageBytes: 1e6, schemaId });
    expect(messages).toHaveLength(1);
    const value = messages[0]!.value as Buffer;
    const decoded = (await new SchemaRegistry({ host: url }).decode(value)) as DecodedOtlpRequest;
    const names = decoded.resourceSpans.flatMap((r) =>
      r.scopeSpans.flatMap((s) => s.spans.map((x) => x.name)),
    );
    expect(names).toEqual(spans.map((s) => s.operationName));
    expect(await createSchemaLookup(url)(schemaId)).toEqual({ kind: 'span', encoding: 'otlp_proto' });
    const outcome = decodeMessage({ value }, 'protobuf');
    expect(outcome.ok && outcome.spans.map((s) => s.spanId)).toEqual(spans.map((s) => s.spanId));
  });
});
