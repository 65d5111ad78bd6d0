import { readFileSync } from 'node:fs';
import {
  clientTlsFromConfig,
  opt,
  passwordAuthConfig,
  passwordAuthFromConfig,
  prefixSchema,
  scopedValues,
  tlsClientConfig,
  type ConfigValues,
  type Prefixed,
} from '@spanstream/config';
import { DEFAULT_ES_OPTIONS as d, type EsFlavor, type EsOptionsInput } from './options.ts';

/**
 * How to authenticate to and trust the server (`--es.username/password`, `--es.*-file`, `--es.tls.*`),
 * without the namespace prefix: shared with the jobs CLI, which takes a URL argument instead of
 * `--es.server-urls`.
 */
export const esConnectionOptions = {
  ...passwordAuthConfig('basic authentication'),
  'password-file': opt.string({ help: 'file holding the password (instead of es.password)' }),
  'api-key-file': opt.string({ help: 'file holding an API key (Authorization: ApiKey)' }),
  'token-file': opt.string({ help: 'file holding a bearer token' }),
  ...tlsClientConfig({
    enabled: 'verify the server with these TLS settings',
    ca: 'CA bundle (PEM)',
    cert: 'client certificate (PEM)',
    key: 'client private key (PEM)',
    skipHostVerify: 'do not verify the server certificate (insecure)',
  }),
} as const;

/** Jaeger's `--es.*` flags (same names under `--es-archive.*`), without the namespace prefix. */
const options = {
  'server-urls': opt.stringList({
    help: 'comma-separated Elasticsearch/OpenSearch URLs',
    default: [...d.serverUrls],
  }),
  ...esConnectionOptions,
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

/** `--es.*` (primary) or `--es-archive.*` (archive, Jaeger's second storage). */
export function elasticsearchConfig<const NS extends EsNamespace>(namespace: NS): Prefixed<NS, Options> {
  return prefixSchema(namespace, options);
}

const readSecret = (path: string | undefined): string | undefined =>
  path === undefined ? undefined : readFileSync(path, 'utf8').trim();

/** Turns loaded `--es.*` values into store options; files named by the flags are read here. */
export function esOptionsFromConfig<NS extends EsNamespace>(
  values: ConfigValues<Prefixed<NS, Options>>,
  namespace: NS,
  flavor: EsFlavor,
): EsOptionsInput {
  const get = scopedValues<Options>(values, namespace);
  const { username, password } = passwordAuthFromConfig(values, namespace);
  const secret = password ?? readSecret(get('password-file'));
  const apiKey = readSecret(get('api-key-file'));
  const bearerToken = readSecret(get('token-file'));
  const tls = clientTlsFromConfig(values, namespace);
  // The PEM files are read only with --es.tls.enabled; the client takes their contents.
  const pem = (path: string | undefined, name: 'ca' | 'cert' | 'key'): Record<string, string> => {
    const content = tls.enabled === true ? readSecret(path) : undefined;
    return content === undefined ? {} : { [name]: content };
  };
  const includeFile = readSecret(get('tags-as-fields.config-file'));
  const include = [...get('tags-as-fields.include'), ...(includeFile?.split(/\s+/).filter(Boolean) ?? [])];
  return {
    flavor,
    serverUrls: get('server-urls'),
    auth: {
      ...(username !== undefined && { username }),
      ...(secret !== undefined && { password: secret }),
      ...(apiKey !== undefined && { apiKey }),
      ...(bearerToken !== undefined && { bearerToken }),
    },
    tls: {
      ...pem(tls.ca, 'ca'),
      ...pem(tls.cert, 'cert'),
      ...pem(tls.key, 'key'),
      ...(tls.serverName !== undefined && { serverName: tls.serverName }),
      skipHostVerify: tls.skipHostVerify === true,
    },
    timeoutMs: get('timeout'),
    sniffer: get('sniffer'),
    indexPrefix: get('index-prefix'),
    indexDateSeparator: get('index-date-separator'),
    rolloverFrequencySpans: get('index-rollover-frequency-spans'),
    rolloverFrequencyServices: get('index-rollover-frequency-services'),
    useAliases: get('use-aliases'),
    createIndexTemplates: get('create-index-templates'),
    numShards: get('num-shards'),
    numReplicas: get('num-replicas'),
    priorities: {
      span: get('prioirity-span-template'),
      service: get('prioirity-service-template'),
      dependencies: get('prioirity-dependencies-template'),
    },
    maxSpanAgeMs: get('max-span-age'),
    maxDocCount: get('max-doc-count'),
    serviceCacheTtlMs: get('service-cache-ttl'),
    tagsAsFields: {
      all: get('tags-as-fields.all'),
      include,
      dotReplacement: get('tags-as-fields.dot-replacement'),
    },
    bulk: {
      actions: get('bulk.actions'),
      size: get('bulk.size'),
      flushIntervalMs: get('bulk.flush-interval'),
      workers: get('bulk.workers'),
    },
  };
}
