import { status } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Collector } from '../src/collector.ts';
import type { ReceiverDecoders } from '../src/receivers/decoders.ts';
import { safeDecode } from '../src/receivers/decode-result.ts';
import { fakeDecoders } from './fake-decoders.ts';
import { grpcCall } from './grpc-client.ts';
import { RecordingWriter, startCollector } from './support.ts';

// Issue 12, bug 3: a decoder bug used to answer 500 with the JavaScript error text as if it described
// the request. A real server fault is still a 500 / INTERNAL, with a generic message.
const buggy = () =>
  safeDecode(() => {
    const missing = undefined as unknown as { spans: [] };
    return { spans: missing.spans, rejected: [] };
  });
const decoders: ReceiverDecoders = { ...fakeDecoders, zipkinJsonV2: buggy, otlpProto: buggy };

let collector: Collector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

describe('a fault in the collector itself', () => {
  it('is a 500 / INTERNAL without the JavaScript error text; malformed input stays a 400', async () => {
    collector = startCollector(
      new RecordingWriter(),
      { zipkinHostPort: { host: '127.0.0.1', port: 0 }, otlpGrpcHostPort: { host: '127.0.0.1', port: 0 } },
      decoders,
    ).collector;
    await collector.start();
    const response = await fetch(`http://127.0.0.1:${collector.ports.zipkin}/api/v2/spans`, {
      method: 'POST',
      body: '[]',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('internal error in the collector (logged)');
    const grpc = await grpcCall(
      collector.ports.otlpGrpc!,
      '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
      new Uint8Array(0),
    );
    expect(grpc).toMatchObject({
      ok: false,
      code: status.INTERNAL,
      details: 'internal error in the collector (logged)',
    });
    expect(safeDecode(() => JSON.parse('{') as never)).toMatchObject({ ok: false });
  });
});
