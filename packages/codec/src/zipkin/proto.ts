import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { bytesToHex } from '@spanstream/model';
import { CodecError, type DecodeResult } from '../result.ts';
import { zipkinSpansToModel } from './to-model.ts';
import type { ZipkinEndpoint, ZipkinKind, ZipkinSpan } from './zipkin-span.ts';

const PROTO = fileURLToPath(new URL('../../../../schemas/third_party/zipkin/zipkin.proto', import.meta.url));

let listOfSpans: protobuf.Type | undefined;
function type(): protobuf.Type {
  // Loaded once, on first use: reflection is fine for Zipkin, which is not a hot path here.
  listOfSpans ??= protobuf.loadSync(PROTO).lookupType('zipkin.proto3.ListOfSpans');
  return listOfSpans;
}

interface ProtoEndpoint {
  serviceName?: string;
  ipv4?: Uint8Array;
  ipv6?: Uint8Array;
  port?: number;
}

interface ProtoSpan {
  traceId?: Uint8Array;
  parentId?: Uint8Array;
  id?: Uint8Array;
  kind?: number;
  name?: string;
  timestamp?: number | protobuf.Long;
  duration?: number | protobuf.Long;
  /** protobufjs decodes an absent message field as null. */
  localEndpoint?: ProtoEndpoint | null;
  remoteEndpoint?: ProtoEndpoint | null;
  annotations?: { timestamp?: number | protobuf.Long; value?: string }[];
  tags?: Record<string, string>;
  debug?: boolean;
  shared?: boolean;
}

const KINDS: readonly (ZipkinKind | undefined)[] = [undefined, 'CLIENT', 'SERVER', 'PRODUCER', 'CONSUMER'];
const toNumber = (value: number | protobuf.Long | undefined): number | undefined =>
  value === undefined
    ? undefined
    : typeof value === 'number'
      ? value
      : Number((BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0));

function ipv6Text(bytes: Uint8Array): string {
  const groups: string[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(':');
}

function endpoint(e: ProtoEndpoint | null | undefined): ZipkinEndpoint | undefined {
  if (e == null) return undefined;
  return {
    ...(e.serviceName ? { serviceName: e.serviceName } : {}),
    ...(e.ipv4?.length === 4 ? { ipv4: [...e.ipv4].join('.') } : {}),
    ...(e.ipv6?.length === 16 ? { ipv6: ipv6Text(e.ipv6) } : {}),
    ...(e.port ? { port: e.port } : {}),
  };
}

function fromProto(s: ProtoSpan): ZipkinSpan {
  return {
    traceId: s.traceId ? bytesToHex(s.traceId) : '',
    id: s.id ? bytesToHex(s.id) : '',
    parentId: s.parentId && s.parentId.length > 0 ? bytesToHex(s.parentId) : undefined,
    kind: KINDS[s.kind ?? 0],
    name: s.name,
    timestamp: toNumber(s.timestamp) || undefined,
    duration: toNumber(s.duration),
    localEndpoint: endpoint(s.localEndpoint),
    remoteEndpoint: endpoint(s.remoteEndpoint),
    annotations: (s.annotations ?? []).map((a) => ({
      timestamp: toNumber(a.timestamp) ?? 0,
      value: a.value ?? '',
    })),
    tags: s.tags ?? {},
    debug: s.debug ?? false,
    shared: s.shared ?? false,
  };
}

/** `POST /api/v2/spans` with `application/x-protobuf`: a zipkin2 proto3 `ListOfSpans`. */
export function decodeZipkinProto(bytes: Uint8Array): DecodeResult {
  let message: { spans?: ProtoSpan[] };
  try {
    message = type().decode(bytes) as unknown as { spans?: ProtoSpan[] };
  } catch (error) {
    throw new CodecError(`malformed Zipkin protobuf: ${(error as Error).message}`, { cause: error });
  }
  return zipkinSpansToModel((message.spans ?? []).map(fromProto));
}

/** Encodes Zipkin v2 spans as a proto3 `ListOfSpans` (for tests and tools; hex IDs become bytes). */
export function encodeZipkinProto(spans: readonly Record<string, unknown>[]): Uint8Array {
  const t = type();
  return t.encode(t.fromObject({ spans })).finish();
}
