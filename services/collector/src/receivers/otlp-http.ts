import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SpanRejection } from '@spanstream/model';
import type { SpanProcessor } from '../processor/span-processor.ts';
import { decodeBody, mediaType } from './http/body.ts';
import type { Decoded } from './decode-result.ts';
import { summarizeRejections } from './decode-result.ts';
import { encodeOtlpExportResponse, encodeRpcStatus } from '@spanstream/codec';
import {
  exportResponseJson,
  RPC_INVALID_ARGUMENT,
  RPC_RESOURCE_EXHAUSTED,
  RPC_UNAVAILABLE,
} from './otlp-response.ts';

export const OTLP_HTTP_CONTENT_TYPES = ['application/x-protobuf', 'application/json'] as const;

export interface OtlpDecoders {
  readonly proto: (bytes: Uint8Array) => Decoded;
  readonly json: (bytes: Uint8Array) => Decoded;
}

export interface OtlpHttpDeps {
  readonly processor: SpanProcessor;
  readonly decoders: OtlpDecoders;
  /** Limit on the decompressed body. */
  readonly maxRequestBytes: number;
  readonly retryAfterSeconds: number;
}

/** `POST /v1/traces`: OTLP/HTTP with protobuf or JSON bodies, optionally gzip-compressed. */
export function registerOtlpHttp(app: FastifyInstance, deps: OtlpHttpDeps): void {
  app.post('/v1/traces', async (request, reply) => handle(request, reply, deps));
}

async function handle(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: OtlpHttpDeps,
): Promise<FastifyReply> {
  const json = mediaType(request.headers['content-type']) === 'application/json';
  const fail = (status: number, code: number, message: string) =>
    json
      ? reply.code(status).type('application/json').send({ code, message })
      : reply
          .code(status)
          .type('application/x-protobuf')
          .send(Buffer.from(encodeRpcStatus(code, message)));
  const body = await decodeBody(request.body, request.headers['content-encoding'], deps.maxRequestBytes);
  if (!body.ok) return fail(body.status, RPC_INVALID_ARGUMENT, body.message);
  // A protobuf request the sink forwards as it is, proven clean at the wire level, is never decoded.
  const forwarded = json
    ? undefined
    : deps.processor.submitOtlpRequest(body.bytes, { format: 'otlp', transport: 'http' });
  let decodeRejected: readonly SpanRejection[] = [];
  let outcome = forwarded;
  if (outcome === undefined) {
    const decoded = json ? deps.decoders.json(body.bytes) : deps.decoders.proto(body.bytes);
    if (!decoded.ok)
      return fail(
        400,
        RPC_INVALID_ARGUMENT,
        `cannot decode OTLP ${json ? 'JSON' : 'protobuf'}: ${decoded.error}`,
      );
    decodeRejected = decoded.rejected;
    outcome = deps.processor.submit(decoded.spans, {
      format: 'otlp',
      transport: 'http',
      otlpRequest: !json && decoded.rejected.length === 0 ? body.bytes : undefined,
      decodeRejected: decoded.rejected.length,
    });
  }
  if (outcome.status !== 'accepted') {
    const busy = outcome.status === 'busy';
    void reply.header('retry-after', String(deps.retryAfterSeconds));
    return fail(
      busy ? 429 : 503,
      busy ? RPC_RESOURCE_EXHAUSTED : RPC_UNAVAILABLE,
      busy ? 'collector queue is full' : 'collector is stopping',
    );
  }
  const rejected = [...decodeRejected, ...outcome.rejected];
  const message = rejected.length === 0 ? '' : summarizeRejections(rejected);
  // Nothing usable at all is bad data (400), as every other receiver answers; some usable is partial success.
  if (outcome.accepted === 0 && rejected.length > 0) return fail(400, RPC_INVALID_ARGUMENT, message);
  return json
    ? reply.code(200).type('application/json').send(exportResponseJson(rejected.length, message))
    : reply
        .code(200)
        .type('application/x-protobuf')
        .send(Buffer.from(encodeOtlpExportResponse(rejected.length, message)));
}
