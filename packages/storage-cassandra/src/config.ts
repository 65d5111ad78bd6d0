import { defineSchema, opt, type ConfigValues, type Schema } from '@spanstream/config';
import { defaultCassandraOptions as d, type CassandraOptions } from './options.ts';

const CONSISTENCY = [
  'ANY',
  'ONE',
  'TWO',
  'THREE',
  'QUORUM',
  'ALL',
  'LOCAL_QUORUM',
  'EACH_QUORUM',
  'LOCAL_ONE',
  'SERIAL',
  'LOCAL_SERIAL',
] as const;

/** Jaeger's `--cassandra.*` options, without the namespace prefix. */
const options = {
  servers: opt.stringList({ help: 'comma-separated Cassandra contact points', default: [...d.servers] }),
  port: opt.int({ help: 'CQL port', default: d.port, min: 1, max: 65535 }),
  keyspace: opt.string({ help: 'keyspace holding the Jaeger schema', default: d.keyspace }),
  'local-dc': opt.string({ help: 'the local datacenter (the driver routes to it)', default: d.localDc }),
  consistency: opt.enum(CONSISTENCY, { help: 'consistency level of reads and writes', default: 'LOCAL_ONE' }),
  'proto-version': opt.int({
    help: 'CQL native protocol version (0 = negotiate)',
    default: 0,
    min: 0,
    max: 5,
  }),
  'connections-per-host': opt.int({ help: 'connections per host', default: d.connectionsPerHost, min: 1 }),
  timeout: opt.duration({ help: 'read timeout of a query (0 = driver default)', default: '0s' }),
  'connect-timeout': opt.duration({ help: 'timeout of a connection attempt', default: '10s' }),
  username: opt.string({ help: 'username for PasswordAuthenticator' }),
  password: opt.string({ help: 'password for PasswordAuthenticator' }),
  'tls.enabled': opt.bool({ help: 'connect with TLS', default: false }),
  'tls.ca': opt.string({ help: 'CA bundle (PEM) to verify the server' }),
  'tls.cert': opt.string({ help: 'client certificate (PEM)' }),
  'tls.key': opt.string({ help: 'client private key (PEM)' }),
  'tls.server-name': opt.string({ help: 'server name expected in the certificate' }),
  'tls.skip-host-verify': opt.bool({
    help: 'do not verify the server certificate (insecure)',
    default: false,
  }),
  'write-concurrency': opt.int({
    help: 'INSERTs in flight per write batch',
    default: d.writeConcurrency,
    min: 1,
  }),
  'span-store-write-cache-ttl': opt.duration({
    help: 'how long a written service/operation is not rewritten',
    default: '12h',
  }),
  'index.tags': opt.bool({ help: 'index span tags', default: true }),
  'index.logs': opt.bool({ help: 'index log fields', default: true }),
  'index.process-tags': opt.bool({ help: 'index process tags', default: true }),
  'index.tag-blacklist': opt.stringList({ help: 'tag keys not to index', default: [] }),
  'index.tag-whitelist': opt.stringList({ help: 'only these tag keys are indexed', default: [] }),
  'create-schema': opt.bool({ help: 'create the keyspace and tables at start (idempotent)', default: false }),
  'replication-factor': opt.int({ help: 'replication factor of a created keyspace', default: 1, min: 1 }),
  'schema-mode': opt.enum(['test', 'prod'], {
    help: 'SimpleStrategy (test) or NetworkTopologyStrategy (prod) for a created keyspace',
    default: 'test',
  }),
  'trace-ttl': opt.duration({
    help: 'time to live of spans and indexes in a created schema',
    default: '48h',
  }),
  'dependencies-ttl': opt.duration({ help: 'time to live of dependency links (0 = forever)', default: '0s' }),
} as const;

type Options = typeof options;
type Prefixed<NS extends string> = { readonly [K in keyof Options as `${NS}.${K & string}`]: Options[K] };

/** `--cassandra.*` (primary) or `--cassandra-archive.*` (archive, Jaeger's second storage). */
export function cassandraConfig<const NS extends 'cassandra' | 'cassandra-archive'>(
  namespace: NS,
): Prefixed<NS> {
  const entries = Object.entries(options).map(([key, option]) => [`${namespace}.${key}`, option]);
  return defineSchema(Object.fromEntries(entries) as Schema) as Prefixed<NS>;
}

/** Turns loaded config values into store options. */
export function cassandraOptionsFromConfig<NS extends 'cassandra' | 'cassandra-archive'>(
  values: ConfigValues<Prefixed<NS>>,
  namespace: NS,
): CassandraOptions {
  const v = (key: keyof Options): unknown => (values as Record<string, unknown>)[`${namespace}.${key}`];
  const str = (key: keyof Options): string | undefined => v(key) as string | undefined;
  const num = (key: keyof Options): number => v(key) as number;
  const flag = (key: keyof Options): boolean => v(key) as boolean;
  const list = (key: keyof Options): readonly string[] => v(key) as readonly string[];
  const protoVersion = num('proto-version');
  const username = str('username');
  const password = str('password');
  const tlsFile = (key: keyof Options, name: string): Record<string, string> => {
    const value = str(key);
    return value === undefined ? {} : { [name]: value };
  };
  return {
    servers: list('servers'),
    port: num('port'),
    keyspace: str('keyspace') ?? d.keyspace,
    localDc: str('local-dc') ?? d.localDc,
    consistency: str('consistency') ?? d.consistency,
    ...(protoVersion > 0 && { protoVersion }),
    connectionsPerHost: num('connections-per-host'),
    timeoutMs: num('timeout'),
    connectTimeoutMs: num('connect-timeout'),
    ...(username !== undefined && { username }),
    ...(password !== undefined && { password }),
    tls: {
      enabled: flag('tls.enabled'),
      skipHostVerify: flag('tls.skip-host-verify'),
      ...tlsFile('tls.ca', 'ca'),
      ...tlsFile('tls.cert', 'cert'),
      ...tlsFile('tls.key', 'key'),
      ...tlsFile('tls.server-name', 'serverName'),
    },
    writeConcurrency: num('write-concurrency'),
    writeCacheTtlMs: num('span-store-write-cache-ttl'),
    indexTags: flag('index.tags'),
    indexLogs: flag('index.logs'),
    indexProcessTags: flag('index.process-tags'),
    tagDenyList: list('index.tag-blacklist'),
    tagAllowList: list('index.tag-whitelist'),
    createSchema: flag('create-schema'),
    replicationFactor: num('replication-factor'),
    schemaMode: v('schema-mode') === 'prod' ? 'prod' : 'test',
    traceTtlSeconds: Math.round(num('trace-ttl') / 1000),
    dependenciesTtlSeconds: Math.round(num('dependencies-ttl') / 1000),
    flagNamespace: namespace,
  };
}
