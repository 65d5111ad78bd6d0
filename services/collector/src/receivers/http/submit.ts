import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SpanProcessor, SubmitMeta } from '../../processor/span-processor.ts';
import { type Decoded, summarizeRejections } from '../decode-result.ts';
import { decodeBody } from './body.ts';

export interface PlainSubmitDeps {
  readonly processor: SpanProcessor;
  readonly maxRequestBytes: number;
  readonly retryAfterSeconds: number;
}

/**
 * The status table for Jaeger Thrift and Zipkin over HTTP (plain-text errors):
 * 202 accepted (also when some spans were rejected: these protocols have no partial
 * success), 400 malformed or nothing valid, 413 too large, 415 unsupported
 * encoding, 429 + Retry-After queue full, 503 stopping.
 */
export async function decodeAndSubmit(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: PlainSubmitDeps,
  decode: (bytes: Uint8Array) => Decoded,
  meta: SubmitMeta,
): Promise<FastifyReply> {
  const body = await decodeBody(request.body, request.headers['content-encoding'], deps.maxRequestBytes);
  if (!body.ok) return reply.code(body.status).type('text/plain').send(body.message);
  const decoded = decode(body.bytes);
  if (!decoded.ok)
    return reply.code(400).type('text/plain').send(`Unable to process request body: ${decoded.error}`);
  const outcome = deps.processor.submit(decoded.spans, { ...meta, decodeRejected: decoded.rejected.length });
  if (outcome.status !== 'accepted') {
    void reply.header('retry-after', String(deps.retryAfterSeconds));
    const busy = outcome.status === 'busy';
    return reply
      .code(busy ? 429 : 503)
      .type('text/plain')
      .send(busy ? 'collector queue is full, retry later' : 'collector is stopping');
  }
  const rejected = [...decoded.rejected, ...outcome.rejected];
  if (outcome.accepted === 0 && rejected.length > 0)
    return reply.code(400).type('text/plain').send(summarizeRejections(rejected));
  return reply.code(202).send();
}
