import { createHash } from 'node:crypto';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { jaeger, Long } from './index.ts';
import {
  jaegerSpanRegistryFile,
  jaegerSpanRegistrySchema,
  otlpTracesRegistryFile,
  type RegistrySchema,
} from './registry-schema.ts';

describe('the schema-registry text of jaeger.api_v2.Span', () => {
  const text = jaegerSpanRegistrySchema();

  it('is the text registered so far, byte for byte (registering it again returns the same id)', () => {
    expect(createHash('sha256').update(text).digest('hex')).toBe(
      '189c2ce57b0b875b973abcd94cd044e6e493206bbbb6468e3fdd9dbdce95dce1',
    );
  });

  it('declares Span first (Confluent message index [0]) and encodes as the generated code does', () => {
    expect(text).toMatch(/^[^{]*\nmessage Span \{/);
    const root = new protobuf.Root();
    for (const file of ['google/protobuf/timestamp.proto', 'google/protobuf/duration.proto']) {
      root.addJSON(protobuf.common.get(file)!.nested!);
    }
    protobuf.parse(text, root, { keepCase: true });
    root.resolveAll();
    const span = {
      trace_id: new Uint8Array(16).fill(1),
      span_id: new Uint8Array(8).fill(2),
      operation_name: 'op',
      references: [{ trace_id: new Uint8Array(16).fill(1), span_id: new Uint8Array(8).fill(3), ref_type: 1 }],
      flags: 1,
      tags: [{ key: 'k', v_type: 2, v_int64: 7 }],
      process: { service_name: 'svc', tags: [{ key: 'h', v_str: 'x' }] },
      warnings: ['w'],
    };
    const reflected = root.lookupType('jaeger.api_v2.Span').encode(span).finish();
    const generated = jaeger.api_v2.Span.encode({
      traceId: span.trace_id,
      spanId: span.span_id,
      operationName: 'op',
      references: [
        {
          traceId: span.trace_id,
          spanId: new Uint8Array(8).fill(3),
          refType: jaeger.api_v2.SpanRefType.FOLLOWS_FROM,
        },
      ],
      flags: 1,
      tags: [{ key: 'k', vType: jaeger.api_v2.ValueType.INT64, vInt64: Long.fromNumber(7) }],
      process: { serviceName: 'svc', tags: [{ key: 'h', vStr: 'x' }] },
      warnings: ['w'],
    }).finish();
    expect(Buffer.from(reflected).toString('hex')).toBe(Buffer.from(generated).toString('hex'));
  });
});

describe('the registry files with their references', () => {
  const importsOf = (file: RegistrySchema) =>
    [...file.schema.matchAll(/^import "([^"]+)";/gm)].map((m) => m[1]);

  it.each([
    ['jaeger.api_v2.Span', jaegerSpanRegistryFile()],
    ['ExportTraceServiceRequest', otlpTracesRegistryFile()],
  ])('%s: every file names exactly what it imports as references, all the way down', (_name, root) => {
    const check = (file: RegistrySchema): void => {
      expect(file.references.map((r) => r.name).sort()).toEqual(importsOf(file).sort());
      file.references.forEach(check);
    };
    check(root);
    expect(root.references.length).toBeGreaterThan(0);
  });

  it('registers the Span text unchanged, so the registry keeps its id for the same references', () => {
    expect(jaegerSpanRegistryFile().schema).toBe(jaegerSpanRegistrySchema());
  });
});
