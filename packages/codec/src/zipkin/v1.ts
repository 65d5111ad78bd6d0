import {
  type ZipkinAnnotation,
  type ZipkinEndpoint,
  type ZipkinKind,
  type ZipkinSpan,
  isArray,
  isFiniteNumber,
  isObject,
  isString,
  optField,
  zipkinEndpointFromJson,
  zipkinTagValue,
} from './zipkin-span.ts';

/** Core annotations decide the kind and the local endpoint (zipkin2's V1SpanConverter, simplified). */
const CORE: Readonly<Record<string, ZipkinKind>> = {
  cs: 'CLIENT',
  cr: 'CLIENT',
  sr: 'SERVER',
  ss: 'SERVER',
  ms: 'PRODUCER',
  mr: 'CONSUMER',
};

function collectAnnotations(raw: unknown[], warnings: string[]) {
  const core = new Map<string, { timestamp: number; endpoint: ZipkinEndpoint | undefined }>();
  const annotations: ZipkinAnnotation[] = [];
  let anyEndpoint: ZipkinEndpoint | undefined;
  raw.forEach((a, i) => {
    const name = `annotations[${i}]`;
    if (!isObject(a) || typeof a.value !== 'string') {
      warnings.push(`${name} has no string value: dropped`);
      return;
    }
    const timestamp = optField(a.timestamp, `${name}.timestamp`, isFiniteNumber, warnings) ?? 0;
    const endpoint = zipkinEndpointFromJson(a.endpoint, `${name}.endpoint`, warnings);
    anyEndpoint ??= endpoint;
    if (a.value in CORE) core.set(a.value, { timestamp, endpoint });
    else annotations.push({ timestamp, value: a.value });
  });
  return { core, annotations, anyEndpoint };
}

function collectBinary(raw: unknown[], warnings: string[]) {
  const tags: Record<string, string> = {};
  const addresses: Record<string, ZipkinEndpoint | undefined> = {};
  let anyEndpoint: ZipkinEndpoint | undefined;
  raw.forEach((b, i) => {
    if (!isObject(b) || typeof b.key !== 'string') {
      warnings.push(`binaryAnnotations[${i}] has no string key: dropped`);
      return;
    }
    const endpoint = zipkinEndpointFromJson(b.endpoint, `binaryAnnotation "${b.key}".endpoint`, warnings);
    if ((b.key === 'ca' || b.key === 'sa' || b.key === 'ma') && b.value === true) {
      addresses[b.key] = endpoint;
      return;
    }
    anyEndpoint ??= endpoint;
    // A binary annotation without a value has nothing to store (issue 12: it used to become an undefined tag → 500).
    const value = zipkinTagValue(b.value, `binaryAnnotation "${b.key}"`, warnings);
    if (value !== undefined) tags[b.key] = value;
  });
  return { tags, addresses, anyEndpoint };
}

/** Converts one Zipkin v1 JSON span to the v2 shape; a reason string when it is not a usable span. */
export function zipkinV1ToV2(value: unknown): ZipkinSpan | string {
  if (!isObject(value)) return 'span is not a JSON object';
  if (typeof value.traceId !== 'string') return 'traceId is missing or not a string';
  if (typeof value.id !== 'string') return 'id is missing or not a string';
  const warnings: string[] = [];
  const { core, annotations, anyEndpoint } = collectAnnotations(
    optField(value.annotations, 'annotations', isArray, warnings) ?? [],
    warnings,
  );
  const binary = collectBinary(
    optField(value.binaryAnnotations, 'binaryAnnotations', isArray, warnings) ?? [],
    warnings,
  );
  const server = core.get('sr') ?? core.get('ss');
  const client = core.get('cs') ?? core.get('cr');
  const messaging = core.get('ms') ?? core.get('mr');
  const kind: ZipkinKind | undefined = server
    ? 'SERVER'
    : client
      ? 'CLIENT'
      : messaging
        ? CORE[core.has('ms') ? 'ms' : 'mr']
        : undefined;
  const local = (server ?? client ?? messaging)?.endpoint ?? anyEndpoint ?? binary.anyEndpoint;
  const remote =
    kind === 'SERVER' ? binary.addresses.ca : kind === 'CLIENT' ? binary.addresses.sa : binary.addresses.ma;
  const [begin, end] = kind === 'SERVER' ? ['sr', 'ss'] : kind === 'CLIENT' ? ['cs', 'cr'] : ['ms', 'mr'];
  const startCore = core.get(begin)?.timestamp;
  const endCore = core.get(end)?.timestamp;
  const duration =
    optField(value.duration, 'duration', isFiniteNumber, warnings) ??
    (startCore !== undefined && endCore !== undefined ? endCore - startCore : undefined);
  return {
    traceId: value.traceId,
    id: value.id,
    parentId: optField(value.parentId, 'parentId', isString, warnings),
    kind,
    name: optField(value.name, 'name', isString, warnings),
    timestamp:
      optField(value.timestamp, 'timestamp', isFiniteNumber, warnings) ??
      startCore ??
      annotations[0]?.timestamp,
    duration,
    localEndpoint: local,
    remoteEndpoint: remote,
    annotations,
    tags: binary.tags,
    debug: value.debug === true,
    shared: server !== undefined && client !== undefined,
    warnings,
  };
}
