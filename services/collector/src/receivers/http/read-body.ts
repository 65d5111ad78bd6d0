import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { errorCodes } from 'fastify';

/** What `readBody` needs of a request: its headers and its body stream. */
export type BodyStream = Readable & { readonly headers: IncomingHttpHeaders };

const EMPTY = Buffer.alloc(0);

/**
 * Reads a request body (still compressed, if it is) into one Buffer, as fastify's
 * `parseAs: 'buffer'` does, with the same errors (413 over `limit`, 400 when the body does not
 * match its Content-Length or the stream fails), but without its copy: Node's HTTP parser hands
 * every body chunk over in a buffer of its own, so a body that came in one chunk (most requests
 * of a few tens of KiB) is used as it is, and one of several with a Content-Length is copied
 * once, chunk by chunk, into a buffer of that size. Fastify's `Buffer.concat` copied every body.
 */
export function readBody(
  payload: BodyStream,
  limit: number,
  done: (error: Error | null, body?: Buffer) => void,
): void {
  const declared = Number(payload.headers['content-length']);
  if (declared > limit) {
    done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    return;
  }
  const known = Number.isSafeInteger(declared) && declared >= 0;
  let first: Buffer | undefined;
  /** The body so far, once a second chunk came: sized by Content-Length, else a list to concatenate. */
  let whole: Buffer | undefined;
  let chunks: Buffer[] | undefined;
  let received = 0;

  const stop = (error: Error | null, body?: Buffer): void => {
    payload.removeListener('data', onData);
    payload.removeListener('end', onEnd);
    payload.removeListener('error', onEnd);
    done(error, body);
  };

  function onData(data: Buffer | string): void {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    const at = received;
    received += chunk.length;
    if (received > limit) stop(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    else if (known && received > declared) stop(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
    else if (first === undefined) first = chunk;
    else if (known) {
      if (whole === undefined) {
        whole = Buffer.allocUnsafe(declared);
        first.copy(whole, 0);
      }
      chunk.copy(whole, at);
    } else (chunks ??= [first]).push(chunk);
  }

  function onEnd(error?: Error & { statusCode?: number }): void {
    if (error !== undefined) {
      if (!(typeof error.statusCode === 'number' && error.statusCode >= 400)) error.statusCode = 400;
      stop(error);
    } else if (known && received !== declared) stop(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
    else stop(null, whole ?? (chunks ? Buffer.concat(chunks, received) : (first ?? EMPTY)));
  }

  payload.on('data', onData);
  payload.on('end', onEnd);
  payload.on('error', onEnd);
  payload.resume();
}
