import type { FastifyInstance } from 'fastify';
import type { Decoded } from './decode-result.ts';
import { decodeAndSubmit, type PlainSubmitDeps } from './http/submit.ts';

/** What jaeger-client libraries send; Jaeger also accepts the vnd form. */
export const THRIFT_CONTENT_TYPES = ['application/x-thrift', 'application/vnd.apache.thrift.binary'] as const;

/** `POST /api/traces`: one Jaeger Thrift `Batch`, binary protocol (Jaeger's collector HTTP handler). */
export function registerJaegerThriftHttp(
  app: FastifyInstance,
  deps: PlainSubmitDeps,
  decode: (bytes: Uint8Array) => Decoded,
): void {
  app.post('/api/traces', (request, reply) =>
    decodeAndSubmit(request, reply, deps, decode, { format: 'jaeger', transport: 'http' }),
  );
}
