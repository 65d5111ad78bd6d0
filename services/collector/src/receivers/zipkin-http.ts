import type { FastifyInstance } from 'fastify';
import { mediaType } from './http/body.ts';
import { decodeAndSubmit, type PlainSubmitDeps } from './http/submit.ts';
import type { ReceiverDecoders } from './decoders.ts';

export const ZIPKIN_CONTENT_TYPES = ['application/json', 'application/x-protobuf'] as const;

/** Zipkin's collector API: `POST /api/v2/spans` (JSON or proto3) and `POST /api/v1/spans` (JSON). */
export function registerZipkinHttp(
  app: FastifyInstance,
  deps: PlainSubmitDeps,
  decoders: ReceiverDecoders,
): void {
  const meta = { format: 'zipkin', transport: 'http' } as const;
  app.post('/api/v2/spans', (request, reply) => {
    const proto = mediaType(request.headers['content-type']) === 'application/x-protobuf';
    return decodeAndSubmit(request, reply, deps, proto ? decoders.zipkinProto : decoders.zipkinJsonV2, meta);
  });
  app.post('/api/v1/spans', (request, reply) => {
    if (mediaType(request.headers['content-type']) !== 'application/json') {
      return reply
        .code(415)
        .type('text/plain')
        .send('Zipkin v1 accepts JSON only (v1 Thrift is not supported)');
    }
    return decodeAndSubmit(request, reply, deps, decoders.zipkinJsonV1, meta);
  });
}
