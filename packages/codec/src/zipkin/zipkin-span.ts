/** Zipkin API v2 span (the JSON shape; proto3 and v1 JSON are normalised to it). */
export interface ZipkinEndpoint {
  readonly serviceName?: string;
  readonly ipv4?: string;
  readonly ipv6?: string;
  readonly port?: number;
}

export interface ZipkinAnnotation {
  readonly timestamp: number;
  readonly value: string;
}

export type ZipkinKind = 'CLIENT' | 'SERVER' | 'PRODUCER' | 'CONSUMER';

export interface ZipkinSpan {
  readonly traceId: string;
  readonly id: string;
  readonly parentId?: string | undefined;
  readonly kind?: ZipkinKind | undefined;
  readonly name?: string | undefined;
  /** Epoch microseconds. */
  readonly timestamp?: number | undefined;
  /** Microseconds. */
  readonly duration?: number | undefined;
  readonly localEndpoint?: ZipkinEndpoint | undefined;
  readonly remoteEndpoint?: ZipkinEndpoint | undefined;
  readonly annotations?: readonly ZipkinAnnotation[] | undefined;
  readonly tags?: Readonly<Record<string, string>> | undefined;
  readonly debug?: boolean | undefined;
  readonly shared?: boolean | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const optNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function endpoint(value: unknown): ZipkinEndpoint | undefined {
  if (!isObject(value)) return undefined;
  const out: { serviceName?: string; ipv4?: string; ipv6?: string; port?: number } = {};
  const serviceName = optString(value.serviceName);
  const ipv4 = optString(value.ipv4);
  const ipv6 = optString(value.ipv6);
  const port = optNumber(value.port);
  if (serviceName !== undefined) out.serviceName = serviceName;
  if (ipv4 !== undefined) out.ipv4 = ipv4;
  if (ipv6 !== undefined) out.ipv6 = ipv6;
  if (port !== undefined) out.port = port;
  return out;
}

const KINDS = new Set(['CLIENT', 'SERVER', 'PRODUCER', 'CONSUMER']);

/** Reads one element of a v2 JSON array; a reason string when it is not a usable span. */
export function zipkinSpanFromJson(value: unknown): ZipkinSpan | string {
  if (!isObject(value)) return 'span is not a JSON object';
  const { traceId, id } = value;
  if (typeof traceId !== 'string') return 'missing traceId';
  if (typeof id !== 'string') return 'missing id';
  const tags: Record<string, string> = {};
  if (isObject(value.tags))
    for (const [k, v] of Object.entries(value.tags)) tags[k] = typeof v === 'string' ? v : String(v);
  const annotations: ZipkinAnnotation[] = [];
  if (Array.isArray(value.annotations)) {
    for (const a of value.annotations as unknown[]) {
      if (isObject(a) && typeof a.value === 'string')
        annotations.push({ timestamp: optNumber(a.timestamp) ?? 0, value: a.value });
    }
  }
  return {
    traceId,
    id,
    parentId: optString(value.parentId),
    kind: typeof value.kind === 'string' && KINDS.has(value.kind) ? (value.kind as ZipkinKind) : undefined,
    name: optString(value.name),
    timestamp: optNumber(value.timestamp),
    duration: optNumber(value.duration),
    localEndpoint: endpoint(value.localEndpoint),
    remoteEndpoint: endpoint(value.remoteEndpoint),
    annotations,
    tags,
    debug: value.debug === true,
    shared: value.shared === true,
  };
}
