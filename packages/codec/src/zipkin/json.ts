import { CodecError, type DecodeResult } from '../result.ts';
import { zipkinSpansToModel } from './to-model.ts';
import { zipkinV1ToV2 } from './v1.ts';
import { zipkinSpanFromJson } from './zipkin-span.ts';

const utf8 = new TextDecoder('utf-8');

function parseArray(bytes: Uint8Array, what: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    throw new CodecError(`malformed ${what}: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(parsed)) throw new CodecError(`malformed ${what}: expected a JSON array of spans`);
  return parsed;
}

/** `POST /api/v2/spans` JSON body (Zipkin API v2: a JSON array of spans). */
export function decodeZipkinJsonV2(bytes: Uint8Array): DecodeResult {
  return zipkinSpansToModel(parseArray(bytes, 'Zipkin v2 JSON').map(zipkinSpanFromJson));
}

/** `POST /api/v1/spans` JSON body (Zipkin API v1: annotations and binary annotations). */
export function decodeZipkinJsonV1(bytes: Uint8Array): DecodeResult {
  return zipkinSpansToModel(parseArray(bytes, 'Zipkin v1 JSON').map(zipkinV1ToV2));
}
