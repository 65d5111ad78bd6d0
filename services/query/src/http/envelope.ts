import { Readable } from 'node:stream';
import type { Trace } from '@spanstream/model';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toUiTrace, uiTraceJson } from '../encoding.ts';
import { first } from './query-params.ts';
import type { QueryValues } from './query-params.ts';

/** An entry of the envelope's `errors`: `code` for request errors, `traceID` for per-trace ones. */
export interface StructuredError {
  readonly code?: number;
  readonly msg: string;
  readonly traceID?: string;
}

export interface Envelope {
  readonly data: unknown;
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly errors: readonly StructuredError[] | null;
}

/** Jaeger's `structuredResponse`; `total` is set only by the list endpoints, limit/offset always 0. */
export function envelope(
  data: unknown,
  total = 0,
  errors: readonly StructuredError[] | null = null,
): Envelope {
  return { data, total, limit: 0, offset: 0, errors };
}

/**
 * JSON that survives bigint (int64 tags beyond 2^53 become strings, as Jaeger
 * writes them; smaller ones numbers). `prettyPrint` = Jaeger's 4-space indent.
 */
export function toJson(value: unknown, pretty: boolean): string {
  const indent = pretty ? 4 : undefined;
  try {
    // The codecs already write int64 as JSON-safe values; a replacer would halve the speed of
    // serialising a 10,000-span trace, so it is only the fallback for a stray bigint.
    return JSON.stringify(value, null, indent);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return JSON.stringify(value, bigintReplacer, indent);
  }
}

function bigintReplacer(_key: string, value: unknown): unknown {
  if (typeof value !== 'bigint') return value;
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value.toString();
}

/** `?prettyPrint=` anything but `false` (Jaeger). */
function wantsPrettyPrint(request: FastifyRequest): boolean {
  const value = first(request.query as QueryValues, 'prettyPrint');
  return value !== '' && value !== 'false';
}

/** Jaeger's writeJSON: application/json, Go's encoder newline at the end. */
export function sendJson(request: FastifyRequest, reply: FastifyReply, body: unknown): FastifyReply {
  return (
    reply
      .code(200)
      .header('content-type', 'application/json')
      // A Buffer, because fastify appends `; charset=utf-8` to string payloads and Jaeger sends none.
      .send(Buffer.from(`${toJson(body, wantsPrettyPrint(request))}\n`))
  );
}

/** Below this many spans a trace is written as one string (with a Content-Length), as any reply. */
const STREAM_MIN_SPANS = 1000;

/**
 * `sendJson(envelope([toUiTrace(trace)]))`, byte for byte; a large trace is streamed as it is
 * written, a few hundred spans at a time, instead of as UI objects and one string (docs/adr/0108).
 */
export function sendTraceJson(request: FastifyRequest, reply: FastifyReply, trace: Trace): FastifyReply {
  const pretty = wantsPrettyPrint(request);
  if (pretty || trace.spans.length < STREAM_MIN_SPANS)
    return sendJson(request, reply, envelope([toUiTrace(trace)]));
  return reply
    .code(200)
    .header('content-type', 'application/json')
    .send(Readable.from(envelopeOf(trace)));
}

function* envelopeOf(trace: Trace): Generator<Buffer, void, undefined> {
  yield Buffer.from('{"data":[');
  for (const piece of uiTraceJson(trace)) yield Buffer.from(piece);
  yield Buffer.from('],"total":0,"limit":0,"offset":0,"errors":null}\n');
}

/**
 * Jaeger's handleError: the envelope with one `{code, msg}` entry, written with
 * Go's http.Error, hence `text/plain` and `X-Content-Type-Options: nosniff`.
 */
export function sendError(reply: FastifyReply, status: number, msg: string): FastifyReply {
  const body = toJson(envelope(null, 0, [{ code: status, msg }]), false);
  return reply
    .code(status)
    .header('x-content-type-options', 'nosniff')
    .type('text/plain; charset=utf-8')
    .send(`${body}\n`);
}
