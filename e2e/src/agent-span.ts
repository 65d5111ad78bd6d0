import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { encodeJaegerThriftEmitBatch } from '@spanstream/codec';
import type { Micros, Span, SpanId, TraceId } from '@spanstream/model';

/**
 * Sends one span as a jaeger-client does to its agent: a Thrift-compact `emitBatch` datagram to
 * `udpPort` (Jaeger's 6831). Returns the trace ID to look it up with.
 */
export async function sendAgentSpan(
  udpPort: number,
  service: string,
  operationName: string,
): Promise<string> {
  const traceId = randomBytes(16).toString('hex') as TraceId;
  const process = { serviceName: service, tags: [] };
  const span: Span = {
    traceId,
    spanId: randomBytes(8).toString('hex') as SpanId,
    operationName,
    references: [],
    flags: 1,
    startTime: (Date.now() * 1000) as Micros,
    duration: 1500 as Micros,
    tags: [{ key: 'span.kind', type: 'string', value: 'server' }],
    logs: [],
    process,
    warnings: [],
  };
  const datagram = encodeJaegerThriftEmitBatch(process, [span], 'compact');
  const socket = createSocket('udp4');
  try {
    await new Promise<void>((resolve, reject) => {
      socket.send(datagram, udpPort, '127.0.0.1', (error) => {
        if (error) reject(error);
        else resolve();
      });
    });
  } finally {
    socket.close();
  }
  return traceId;
}
