import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBody, type BodyStream } from '../src/receivers/http/read-body.ts';

type Outcome = { error: (Error & { statusCode?: number }) | null; body?: Buffer | undefined };

/** Feeds `chunks` to readBody through a stream with `headers`; resolves with what it handed over. */
function read(
  chunks: readonly (Buffer | Error)[],
  headers: Record<string, string> = {},
  limit = 1_000,
): Promise<Outcome> {
  const payload = Object.assign(new PassThrough(), { headers }) satisfies BodyStream;
  const outcome = new Promise<Outcome>((resolve) => {
    readBody(payload, limit, (error, body) => {
      resolve({ error, body });
    });
  });
  for (const chunk of chunks) {
    if (chunk instanceof Error) payload.destroy(chunk);
    else payload.write(chunk);
  }
  if (!chunks.some((chunk) => chunk instanceof Error)) payload.end();
  return outcome;
}

const bytes = (length: number, fill: number) => Buffer.alloc(length, fill);

describe('readBody', () => {
  it('hands over a body that came in one chunk as that very chunk (no copy)', async () => {
    const chunk = bytes(300, 7);
    const { error, body } = await read([chunk], { 'content-length': '300' });
    expect(error).toBeNull();
    expect(body).toBe(chunk);
  });

  it('copies a body of several chunks once into a buffer of its Content-Length', async () => {
    const chunks = [bytes(100, 1), bytes(50, 2), bytes(150, 3)];
    const { error, body } = await read(chunks, { 'content-length': '300' });
    expect(error).toBeNull();
    expect(body).toEqual(Buffer.concat(chunks));
    expect(body!.buffer.byteLength).toBeGreaterThanOrEqual(300);
  });

  it('concatenates a body without Content-Length (chunked encoding)', async () => {
    const chunks = [bytes(10, 1), bytes(20, 2)];
    expect(await read(chunks)).toEqual({ error: null, body: Buffer.concat(chunks) });
    expect(await read([])).toEqual({ error: null, body: Buffer.alloc(0) });
  });

  it('answers 413 when Content-Length or the bytes received go over the limit', async () => {
    const declared = await read([bytes(10, 1)], { 'content-length': '5000' });
    expect(declared.error?.statusCode).toBe(413);
    const streamed = await read([bytes(600, 1), bytes(600, 2)]);
    expect(streamed.error?.statusCode).toBe(413);
  });

  it('answers 400 when the body does not match its Content-Length, or the stream fails', async () => {
    const short = await read([bytes(10, 1), bytes(10, 2)], { 'content-length': '30' });
    expect(short.error?.statusCode).toBe(400);
    expect(short.error?.message).toMatch(/Content-Length/);
    const long = await read([bytes(10, 1), bytes(30, 2)], { 'content-length': '30' });
    expect(long.error?.statusCode).toBe(400);
    const aborted = await read([bytes(10, 1), new Error('aborted')], { 'content-length': '30' });
    expect(aborted.error).toMatchObject({ message: 'aborted', statusCode: 400 });
  });
});
