import { describe, expect, it } from 'vitest';
import { jaeger, Long, opentelemetry } from './index.ts';

describe('generated protobuf code', () => {
  it('round-trips an OTLP request with 64-bit timestamps as Long', () => {
    const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;
    const start = Long.fromString('1485449191639875001', true);
    const bytes = ExportTraceServiceRequest.encode({
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  traceId: new Uint8Array(16).fill(1),
                  spanId: new Uint8Array(8).fill(2),
                  name: 'op',
                  startTimeUnixNano: start,
                  flags: 0x301,
                },
              ],
            },
          ],
        },
      ],
    }).finish();
    const span = ExportTraceServiceRequest.decode(bytes).resourceSpans[0]?.scopeSpans?.[0]?.spans?.[0];
    expect(span?.name).toBe('op');
    expect(span?.flags).toBe(0x301);
    expect(Long.isLong(span?.startTimeUnixNano)).toBe(true);
    expect(String(span?.startTimeUnixNano)).toBe('1485449191639875001');
  });

  it('encodes a Jaeger api_v2 span with the field numbers of model.proto', () => {
    const bytes = jaeger.api_v2.Span.encode({ operationName: 'x', flags: 1 }).finish();
    // field 3 (length-delimited) "x", then field 5 (varint) 1
    expect([...bytes]).toEqual([0x1a, 0x01, 0x78, 0x28, 0x01]);
  });
});
