/** Valid payloads and single-field mutations of them, for fuzzing decoders and receivers with wrong-typed fields. */

export type Path = (string | number)[];
export const REMOVE = Symbol('remove');
/** Missing, null, and one value of every other JSON type. */
export const WRONG_VALUES: unknown[] = [
  REMOVE,
  null,
  0,
  -1,
  1.5,
  1e300,
  true,
  false,
  '',
  'x',
  '12',
  [],
  {},
  [null],
  { a: 1 },
];

export function jsonPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return prefix.length === 0 ? [] : [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [
    ...(prefix.length === 0 ? [] : [prefix]),
    ...entries.flatMap(([k, v]) => jsonPaths(v, [...prefix, k])),
  ];
}

export function withField(doc: unknown, path: Path, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value !== REMOVE) target[last] = value;
  else if (Array.isArray(target)) target.splice(last as number, 1);
  else Reflect.deleteProperty(target, last);
  return copy;
}

export const now = 1_700_000_000_000_000;

export const zipkinV1 = [
  {
    traceId: '5af7183fb1d4cf5f',
    id: '352bff9a74ca9ad2',
    parentId: '6b221d5bc9e6496c',
    name: 'get',
    timestamp: now,
    duration: 1431,
    debug: true,
    annotations: [
      { timestamp: now, value: 'cs', endpoint: { serviceName: 'web', ipv4: '10.0.0.1', port: 80 } },
      { timestamp: now + 1431, value: 'cr', endpoint: { serviceName: 'web', ipv4: '10.0.0.1', port: 80 } },
      { timestamp: now + 5, value: 'wr' },
    ],
    binaryAnnotations: [
      { key: 'http.path', value: '/api', endpoint: { serviceName: 'web' } },
      { key: 'sa', value: true, endpoint: { serviceName: 'db', ipv6: '::1', port: 5432 } },
      { key: 'retries', value: 3, type: 'I32' },
    ],
  },
  { traceId: '5af7183fb1d4cf5f', id: '452bff9a74ca9ad2', name: 'other', timestamp: now, duration: 2 },
];

export const zipkinV2 = [
  {
    traceId: '5af7183fb1d4cf5f',
    parentId: '6b221d5bc9e6496c',
    id: '352bff9a74ca9ad2',
    kind: 'CLIENT',
    name: 'get /api',
    timestamp: now,
    duration: 1431,
    debug: true,
    shared: false,
    localEndpoint: { serviceName: 'backend', ipv4: '192.168.99.1', port: 3306 },
    remoteEndpoint: { serviceName: 'db', ipv4: '172.19.0.2', ipv6: '::1', port: 3306 },
    annotations: [{ timestamp: now + 1, value: 'wr' }],
    tags: { 'http.method': 'GET', error: 'connection refused' },
  },
  { traceId: '5af7183fb1d4cf5f', id: '452bff9a74ca9ad2', name: 'other', timestamp: now, duration: 2 },
];
