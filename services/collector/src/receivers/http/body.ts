import { promisify } from 'node:util';
import { gunzip, inflate } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);

export type BodyResult =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly message: string };

/**
 * Decompresses a request body, enforcing `limit` on the DEcompressed size (a
 * 10 KiB gzip bomb must not inflate to gigabytes): zlib stops at `maxOutputLength`.
 */
export async function decodeBody(
  raw: unknown,
  encoding: string | undefined,
  limit: number,
): Promise<BodyResult> {
  // A POST without Content-Type and body never reaches a content-type parser.
  if (!Buffer.isBuffer(raw)) return { ok: false, status: 415, message: 'missing Content-Type' };
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') {
    return raw.length > limit ? tooLarge(limit) : { ok: true, bytes: raw };
  }
  const inflater =
    name === 'gzip' || name === 'x-gzip' ? gunzipAsync : name === 'deflate' ? inflateAsync : undefined;
  if (inflater === undefined)
    return { ok: false, status: 415, message: `unsupported Content-Encoding "${name}"` };
  try {
    return { ok: true, bytes: await inflater(raw, { maxOutputLength: limit }) };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(limit);
    return { ok: false, status: 400, message: `cannot decompress ${name} body: ${(error as Error).message}` };
  }
}

function tooLarge(limit: number): BodyResult {
  return { ok: false, status: 413, message: `request body larger than ${limit} bytes after decompression` };
}

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}
