import { readFileSync } from 'node:fs';
import { defineSchema, opt, type ConfigValues, type Schema } from '@spanstream/config';
import {
  DEFAULT_ES_OPTIONS as d,
  type EsFlavor,
  type EsOptionsInput,
} from '@spanstream/storage-elasticsearch/options';

/** Jaeger's `--es.*` flags (same names under `--es-archive.*`), without the namespace prefix. */
const options = {
  'server-urls': opt.stringList({
    help: 'comma-separated Elasticsearch/OpenSearch URLs',
    default: [...d.serverUrls],
  }),
  username: opt.string({ help: 'username for basic authentication' }),
  password: opt.string({ help: 'password for basic authentication' }),
  'password-file': opt.string({ help: 'file holding the password (instead of es.password)' }),
  'api-key-file': opt.string({ help: 'file holding an API key (Authorization: ApiKey)' }),
  'token-file': opt.string({ help: 'file holding a bearer token' }),
  'tls.enabled': opt.bool({ help: 'verify the server with these TLS settings', default: false }),
  'tls.ca': opt.string({ help: 'CA bundle (PEM)' }),
  'tls.cert': opt.string({ help: 'client certificate (PEM)' }),
  'tls.key': opt.string({ help: 'client private key (PEM)' }),
  'tls.server-name': opt.string({ help: 'server name expected in the certificate' }),
  'tls.skip-host-verify': opt.bool({
    help: 'do not verify the server certificate (insecure)',
    default: false,
  }),
  timeout: opt.duration({
    help: 'request timeout; an expired bulk write fails as retriable (0 = client default: 10 min for Elasticsearch)',
    default: '30s',
  }),
  sniffer: opt.bool({ help: 'discover cluster nodes (off by default, as Jaeger)', default: false }),
  'index-prefix': opt.string({ help: 'prefix of every index name', default: '' }),
  'index-date-separator': opt.string({ help: 'separator in dated index names', default: '-' }),
  'index-rollover-frequency-spans': opt.enum(['day', 'hour'], {
    help: 'new span index every',
    default: 'day',
  }),
  'index-rollover-frequency-services': opt.enum(['day', 'hour'], {
    help: 'new service index every',
    default: 'day',
  }),
  'use-aliases': opt.bool({
    help: 'write to *-write and read from *-read aliases (rollover)',
    default: false,
  }),
  'create-index-templates': opt.bool({ help: 'install index templates at start', default: true }),
  'num-shards': opt.int({ help: 'shards per index', default: d.numShards, min: 1 }),
  'num-replicas': opt.int({ help: 'replicas per index', default: d.numReplicas, min: 0 }),
  'prioirity-span-template': opt.int({ help: 'span template priority (Jaeger spells it so)', default: 0 }),
  'prioirity-service-template': opt.int({ help: 'service template priority', default: 0 }),
  'prioirity-dependencies-template': opt.int({ help: 'dependencies template priority', default: 0 }),
  'max-span-age': opt.duration({ help: 'how far back to look for spans', default: '72h' }),
  'max-doc-count': opt.int({ help: 'most documents a search returns', default: d.maxDocCount, min: 1 }),
  'service-cache-ttl': opt.duration({
    help: 'how long a written service/operation is not rewritten',
    default: '12h',
  }),
  'tags-as-fields.all': opt.bool({
    help: 'store every tag as a field under tag/process.tag',
    default: false,
  }),
  'tags-as-fields.include': opt.stringList({ help: 'tag keys stored as fields', default: [] }),
  'tags-as-fields.config-file': opt.string({ help: 'file listing tag keys stored as fields, one a line' }),
  'tags-as-fields.dot-replacement': opt.string({
    help: 'replaces dots in tag keys stored as fields',
    default: '@',
  }),
  'bulk.actions': opt.int({ help: 'documents per bulk request', default: d.bulk.actions, min: 1 }),
  'bulk.size': opt.byteSize({ help: 'bytes per bulk request', default: String(d.bulk.size) }),
  'bulk.flush-interval': opt.duration({
    help: 'longest wait before a bulk request is sent',
    default: '200ms',
  }),
  'bulk.workers': opt.int({ help: 'bulk requests in flight', default: d.bulk.workers, min: 1 }),
} as const;

type Options = typeof options;
export type EsNamespace = 'es' | 'es-archive';
type Prefixed<NS extends string> = { readonly [K in keyof Options as `${NS}.${K & string}`]: Options[K] };

export function esConfig<const NS extends EsNamespace>(namespace: NS): Prefixed<NS> {
  const entries = Object.entries(options).map(([key, option]) => [`${namespace}.${key}`, option]);
  return defineSchema(Object.fromEntries(entries) as Schema) as Prefixed<NS>;
}

const readSecret = (path: string | undefined): string | undefined =>
  path === undefined ? undefined : readFileSync(path, 'utf8').trim();

/** Turns loaded `--es.*` values into store options; files named by the flags are read here. */
export function esOptionsFromConfig<NS extends EsNamespace>(
  values: ConfigValues<Prefixed<NS>>,
  namespace: NS,
  flavor: EsFlavor,
): EsOptionsInput {
  const v = (key: keyof Options): unknown => (values as Record<string, unknown>)[`${namespace}.${key}`];
  const str = (key: keyof Options): string | undefined => v(key) as string | undefined;
  const num = (key: keyof Options): number => v(key) as number;
  const flag = (key: keyof Options): boolean => v(key) as boolean;
  const list = (key: keyof Options): readonly string[] => v(key) as readonly string[];
  const password = str('password') ?? readSecret(str('password-file'));
  const username = str('username');
  const apiKey = readSecret(str('api-key-file'));
  const bearerToken = readSecret(str('token-file'));
  const tlsEnabled = flag('tls.enabled');
  const tlsFile = (key: keyof Options, name: 'ca' | 'cert' | 'key'): Record<string, string> => {
    const content = tlsEnabled ? readSecret(str(key)) : undefined;
    return content === undefined ? {} : { [name]: content };
  };
  const serverName = str('tls.server-name');
  const includeFile = readSecret(str('tags-as-fields.config-file'));
  const include = [...list('tags-as-fields.include'), ...(includeFile?.split(/\s+/).filter(Boolean) ?? [])];
  return {
    flavor,
    serverUrls: list('server-urls'),
    auth: {
      ...(username !== undefined && { username }),
      ...(password !== undefined && { password }),
      ...(apiKey !== undefined && { apiKey }),
      ...(bearerToken !== undefined && { bearerToken }),
    },
    tls: {
      ...tlsFile('tls.ca', 'ca'),
      ...tlsFile('tls.cert', 'cert'),
      ...tlsFile('tls.key', 'key'),
      ...(serverName !== undefined && { serverName }),
      skipHostVerify: flag('tls.skip-host-verify'),
    },
    timeoutMs: num('timeout'),
    sniffer: flag('sniffer'),
    indexPrefix: str('index-prefix') ?? '',
    indexDateSeparator: str('index-date-separator') ?? '-',
    rolloverFrequencySpans: v('index-rollover-frequency-spans') === 'hour' ? 'hour' : 'day',
    rolloverFrequencyServices: v('index-rollover-frequency-services') === 'hour' ? 'hour' : 'day',
    useAliases: flag('use-aliases'),
    createIndexTemplates: flag('create-index-templates'),
    numShards: num('num-shards'),
    numReplicas: num('num-replicas'),
    priorities: {
      span: num('prioirity-span-template'),
      service: num('prioirity-service-template'),
      dependencies: num('prioirity-dependencies-template'),
    },
    maxSpanAgeMs: num('max-span-age'),
    maxDocCount: num('max-doc-count'),
    serviceCacheTtlMs: num('service-cache-ttl'),
    tagsAsFields: {
      all: flag('tags-as-fields.all'),
      include,
      dotReplacement: str('tags-as-fields.dot-replacement') ?? '@',
    },
    bulk: {
      actions: num('bulk.actions'),
      size: num('bulk.size'),
      flushIntervalMs: num('bulk.flush-interval'),
      workers: num('bulk.workers'),
    },
  };
}
