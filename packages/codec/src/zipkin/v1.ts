import type { ZipkinAnnotation, ZipkinEndpoint, ZipkinKind, ZipkinSpan } from './zipkin-span.ts';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function endpointOf(value: unknown): ZipkinEndpoint | undefined {
  if (!isObject(value)) return undefined;
  return {
    ...(typeof value.serviceName === 'string' ? { serviceName: value.serviceName } : {}),
    ...(typeof value.ipv4 === 'string' ? { ipv4: value.ipv4 } : {}),
    ...(typeof value.ipv6 === 'string' ? { ipv6: value.ipv6 } : {}),
    ...(num(value.port) !== undefined ? { port: num(value.port)! } : {}),
  };
}

/** Core annotations decide the kind and the local endpoint (zipkin2's V1SpanConverter, simplified). */
const CORE: Readonly<Record<string, ZipkinKind>> = {
  cs: 'CLIENT',
  cr: 'CLIENT',
  sr: 'SERVER',
  ss: 'SERVER',
  ms: 'PRODUCER',
  mr: 'CONSUMER',
};

function collectAnnotations(raw: unknown[]) {
  const core = new Map<string, { timestamp: number; endpoint: ZipkinEndpoint | undefined }>();
  const annotations: ZipkinAnnotation[] = [];
  let anyEndpoint: ZipkinEndpoint | undefined;
  for (const a of raw) {
    if (!isObject(a) || typeof a.value !== 'string') continue;
    const timestamp = num(a.timestamp) ?? 0;
    const endpoint = endpointOf(a.endpoint);
    anyEndpoint ??= endpoint;
    if (a.value in CORE) core.set(a.value, { timestamp, endpoint });
    else annotations.push({ timestamp, value: a.value });
  }
  return { core, annotations, anyEndpoint };
}

function collectBinary(raw: unknown[]) {
  const tags: Record<string, string> = {};
  const addresses: Record<string, ZipkinEndpoint | undefined> = {};
  let anyEndpoint: ZipkinEndpoint | undefined;
  for (const b of raw) {
    if (!isObject(b) || typeof b.key !== 'string') continue;
    const endpoint = endpointOf(b.endpoint);
    if ((b.key === 'ca' || b.key === 'sa' || b.key === 'ma') && b.value === true) {
      addresses[b.key] = endpoint;
      continue;
    }
    anyEndpoint ??= endpoint;
    tags[b.key] = typeof b.value === 'string' ? b.value : JSON.stringify(b.value);
  }
  return { tags, addresses, anyEndpoint };
}

/** Converts one Zipkin v1 JSON span to the v2 shape; a reason string when it is not a usable span. */
export function zipkinV1ToV2(value: unknown): ZipkinSpan | string {
  if (!isObject(value)) return 'span is not a JSON object';
  if (typeof value.traceId !== 'string') return 'missing traceId';
  if (typeof value.id !== 'string') return 'missing id';
  const { core, annotations, anyEndpoint } = collectAnnotations(
    Array.isArray(value.annotations) ? value.annotations : [],
  );
  const binary = collectBinary(Array.isArray(value.binaryAnnotations) ? value.binaryAnnotations : []);
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
    num(value.duration) ??
    (startCore !== undefined && endCore !== undefined ? endCore - startCore : undefined);
  return {
    traceId: value.traceId,
    id: value.id,
    parentId: typeof value.parentId === 'string' ? value.parentId : undefined,
    kind,
    name: typeof value.name === 'string' ? value.name : undefined,
    timestamp: num(value.timestamp) ?? startCore ?? annotations[0]?.timestamp,
    duration,
    localEndpoint: local,
    remoteEndpoint: remote,
    annotations,
    tags: binary.tags,
    debug: value.debug === true,
    shared: server !== undefined && client !== undefined,
  };
}
