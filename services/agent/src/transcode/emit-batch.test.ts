import {
  decodeJaegerThriftBatch,
  decodePostSpansRequest,
  encodeJaegerThriftBatch,
  encodeJaegerThriftEmitBatch,
} from '@spanstream/codec';
import { arbSpan } from '@spanstream/codec/testing';
import type { KeyValue, Micros, Process, Span } from '@spanstream/model';
import { jaeger } from '@spanstream/proto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryReader } from '../thrift/binary-reader.ts';
import { CompactReader } from '../thrift/compact-reader.ts';
import { ThriftError } from '../thrift/thrift-reader.ts';
import { EmitBatchTranscoder } from './emit-batch.ts';

const process: Process = {
  serviceName: 'billing',
  tags: [
    { key: 'hostname', type: 'string', value: 'h1' },
    { key: 'jaeger.version', type: 'string', value: 'Node-3.19.0' },
  ],
};

// What a Thrift client can send: flags are an i32, and Thrift carries no warnings.
const span = arbSpan(fc.constant(process)).map((s): Span => ({
  ...s,
  flags: s.flags & 0x7fffffff,
  duration: Math.abs(s.duration) as Micros,
  warnings: [],
}));

const readerFor = (protocol: 'compact' | 'binary', bytes: Uint8Array) =>
  protocol === 'compact' ? new CompactReader(bytes) : new BinaryReader(bytes);

const agentTags: KeyValue[] = [{ key: 'node', type: 'string', value: 'n1' }];
const encodedAgentTags = jaeger.api_v2.Process.encode({
  tags: [{ key: 'node', vType: jaeger.api_v2.ValueType.STRING, vStr: 'n1' }],
}).finish();

describe('EmitBatchTranscoder: emitBatch datagram → PostSpansRequest', () => {
  for (const protocol of ['compact', 'binary'] as const) {
    it(`gives the spans Jaeger's Thrift conversion gives (${protocol} protocol)`, () => {
      const transcoder = new EmitBatchTranscoder();
      fc.assert(
        fc.property(fc.array(span, { maxLength: 5 }), (spans) => {
          const datagram = encodeJaegerThriftEmitBatch(process, spans, protocol);
          const { request, spans: count } = transcoder.transcode(readerFor(protocol, datagram));
          expect(count).toBe(spans.length);
          const expected = decodeJaegerThriftBatch(encodeJaegerThriftBatch(process, spans));
          expect(decodePostSpansRequest(request)).toEqual(expected);
        }),
      );
    });
  }

  it('appends the agent tags to the batch process', () => {
    const transcoder = new EmitBatchTranscoder(encodedAgentTags);
    const spans = fc.sample(span, 2);
    const { request } = transcoder.transcode(
      new CompactReader(encodeJaegerThriftEmitBatch(process, spans, 'compact')),
    );
    const decoded = decodePostSpansRequest(request);
    expect(decoded.spans.map((s) => s.process)).toEqual(
      spans.map(() => ({ ...process, tags: [...process.tags, ...agentTags] })),
    );
  });

  for (const protocol of ['compact', 'binary'] as const) {
    it(`refuses every truncation and random bytes with a ThriftError only (${protocol})`, () => {
      const transcoder = new EmitBatchTranscoder();
      const datagram = encodeJaegerThriftEmitBatch(process, fc.sample(span, 3), protocol);
      for (let length = 0; length < datagram.length; length++) {
        expect(() => transcoder.transcode(readerFor(protocol, datagram.subarray(0, length)))).toThrow(
          ThriftError,
        );
      }
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (noise, at) => {
          // Random bytes, and a valid datagram with a random stretch overwritten.
          const corrupted = Uint8Array.from(datagram);
          corrupted.set(
            noise.subarray(0, Math.max(0, corrupted.length - (at % corrupted.length))),
            at % corrupted.length,
          );
          for (const bytes of [noise, corrupted]) {
            try {
              transcoder.transcode(readerFor(protocol, bytes));
            } catch (error) {
              expect(error).toBeInstanceOf(ThriftError);
            }
          }
        }),
      );
    });
  }

  it('refuses other methods by name', () => {
    const datagram = encodeJaegerThriftEmitBatch(process, [], 'binary');
    const renamed = Buffer.from(datagram.toString('latin1').replace('emitBatch', 'emitBatcH'), 'latin1');
    expect(() => new EmitBatchTranscoder().transcode(new BinaryReader(renamed))).toThrow(
      /unsupported method "emitBatcH"/,
    );
  });
});
