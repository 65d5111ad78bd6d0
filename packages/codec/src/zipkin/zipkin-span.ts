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
  /** Fields the reader dropped because they were mistyped (become the model span's warnings). */
  readonly warnings?: readonly string[] | undefined;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPort = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 65535;

/**
 * Reads an optional field: undefined when absent (or null), else the value if `valid`, else a warning
 * naming the field and undefined, so a mistyped field costs that field, not the span or the batch.
 */
export function optField<T>(
  value: unknown,
  name: string,
  valid: (v: unknown) => v is T,
  warnings: string[],
): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (valid(value)) return value;
  warnings.push(`${name} has the wrong type (${Array.isArray(value) ? 'array' : typeof value}): dropped`);
  return undefined;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

/** A Zipkin endpoint; mistyped members are dropped with a warning. */
export function zipkinEndpointFromJson(
  value: unknown,
  name: string,
  warnings: string[],
): ZipkinEndpoint | undefined {
  const raw = optField(value, name, isObject, warnings);
  if (raw === undefined) return undefined;
  const out: { serviceName?: string; ipv4?: string; ipv6?: string; port?: number } = {};
  const serviceName = optField(raw.serviceName, `${name}.serviceName`, isString, warnings);
  const ipv4 = optField(raw.ipv4, `${name}.ipv4`, isString, warnings);
  const ipv6 = optField(raw.ipv6, `${name}.ipv6`, isString, warnings);
  const port = optField(raw.port, `${name}.port`, isPort, warnings);
  if (serviceName !== undefined) out.serviceName = serviceName;
  if (ipv4 !== undefined) out.ipv4 = ipv4;
  if (ipv6 !== undefined) out.ipv6 = ipv6;
  if (port !== undefined) out.port = port;
  return out;
}

/** A tag or binary-annotation value as Zipkin's string form; undefined (dropped with a warning) when it has none. */
export function zipkinTagValue(value: unknown, name: string, warnings: string[]): string | undefined {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) {
    warnings.push(`${name} has no value: dropped`);
    return undefined;
  }
  // Numbers and booleans (v1 binary annotations of type I32/DOUBLE/BOOL) as text, objects as JSON.
  return JSON.stringify(value);
}

const KINDS = new Set(['CLIENT', 'SERVER', 'PRODUCER', 'CONSUMER']);
const isKind = (v: unknown): v is ZipkinKind => typeof v === 'string' && KINDS.has(v);

function annotationsOf(value: unknown, warnings: string[]): ZipkinAnnotation[] {
  const annotations: ZipkinAnnotation[] = [];
  const raw = optField(value, 'annotations', isArray, warnings) ?? [];
  raw.forEach((a, i) => {
    if (!isObject(a) || typeof a.value !== 'string') {
      warnings.push(`annotations[${i}] has no string value: dropped`);
      return;
    }
    const timestamp = optField(a.timestamp, `annotations[${i}].timestamp`, isFiniteNumber, warnings);
    annotations.push({ timestamp: timestamp ?? 0, value: a.value });
  });
  return annotations;
}

/** Reads one element of a v2 JSON array; a reason string when it is not a usable span. */
export function zipkinSpanFromJson(value: unknown): ZipkinSpan | string {
  if (!isObject(value)) return 'span is not a JSON object';
  const { traceId, id } = value;
  if (typeof traceId !== 'string') return 'traceId is missing or not a string';
  if (typeof id !== 'string') return 'id is missing or not a string';
  const warnings: string[] = [];
  const tags: Record<string, string> = {};
  const rawTags = optField(value.tags, 'tags', isObject, warnings) ?? {};
  for (const [k, v] of Object.entries(rawTags)) {
    const tag = zipkinTagValue(v, `tag "${k}"`, warnings);
    if (tag !== undefined) tags[k] = tag;
  }
  return {
    traceId,
    id,
    parentId: optField(value.parentId, 'parentId', isString, warnings),
    kind: optField(value.kind, 'kind', isKind, warnings),
    name: optField(value.name, 'name', isString, warnings),
    timestamp: optField(value.timestamp, 'timestamp', isFiniteNumber, warnings),
    duration: optField(value.duration, 'duration', isFiniteNumber, warnings),
    localEndpoint: zipkinEndpointFromJson(value.localEndpoint, 'localEndpoint', warnings),
    remoteEndpoint: zipkinEndpointFromJson(value.remoteEndpoint, 'remoteEndpoint', warnings),
    annotations: annotationsOf(value.annotations, warnings),
    tags,
    debug: value.debug === true,
    shared: value.shared === true,
    warnings,
  };
}
