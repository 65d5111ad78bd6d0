import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeOtlpTraces } from '@spanstream/codec';
import { describe, expect, it } from 'vitest';
import { COLLECTOR_DIST, ensureCollectorBuilt } from '../scripts/ensure-built.ts';
import { loadCodecDecoders } from '../src/receivers/codec-decoders.ts';
import { testSpan } from './support.ts';

describe('loadCodecDecoders', () => {
  it('loads the families asked for, and a decoder of another family says it was not loaded', async () => {
    const decoders = await loadCodecDecoders(['otlp']);
    const decoded = decoders.otlpProto(encodeOtlpTraces([testSpan(1), testSpan(2)]));
    expect(decoded.ok && decoded.spans.map((span) => span.operationName)).toEqual(
      [testSpan(1), testSpan(2)].map((span) => span.operationName),
    );
    expect(decoders.otlpJson(new TextEncoder().encode('{"resourceSpans":[]}'))).toEqual({
      ok: true,
      spans: [],
      rejected: [],
    });
    expect(() => decoders.jaegerThrift(new Uint8Array())).toThrow(/jaegerThrift decoder was not loaded/);
    expect(() => decoders.zipkinJsonV2(new Uint8Array())).toThrow(/zipkinJsonV2 decoder was not loaded/);
  });

  it('loads every family together', async () => {
    const decoders = await loadCodecDecoders(['otlp', 'jaegerProto', 'jaegerThrift', 'zipkin']);
    // Each answers as a codec does (malformed input is a value, not a throw).
    for (const decode of Object.values(decoders) as ((bytes: Uint8Array) => { ok: boolean })[])
      expect(decode(new Uint8Array([0xff])).ok).toBe(false);
  });
});

/** The npm packages the bundle imports before main.js runs (static imports, followed through its chunks). */
function startupPackages(): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: string): void => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    const code = readFileSync(join(COLLECTOR_DIST, chunk), 'utf8');
    for (const match of code.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('./')) visit(specifier.slice(2));
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
  };
  visit('main.js');
  return packages;
}

describe('the collector bundle', () => {
  it('starts without the libraries of disabled receivers and unused backends (ADR 0110)', async () => {
    await ensureCollectorBuilt();
    const packages = startupPackages();
    // What every collector uses: the HTTP server, the Kafka producer (the default writer), metrics.
    expect(packages).toContain('fastify');
    expect(packages).toContain('@platformatic/kafka');
    expect(packages).toContain('prom-client');
    // Loaded only when a receiver, the adaptive sampler or a database writer needs it.
    for (const lazy of ['@grpc/grpc-js', 'ioredis', 'thrift', 'cassandra-driver', '@elastic/elasticsearch'])
      expect(packages).not.toContain(lazy);
  }, 60_000);
});
