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
  ...passwordAuthConfig('PasswordAuthenticator'),
  ...tlsClientConfig({
    enabled: 'connect with TLS',
    ca: 'CA bundle (PEM) to verify the server',
    cert: 'client certificate (PEM)',
    key: 'client private key (PEM)',
    skipHostVerify: 'do not verify the server certificate (insecure)',
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
type CassandraNamespace = 'cassandra' | 'cassandra-archive';

/** `--cassandra.*` (primary) or `--cassandra-archive.*` (archive, Jaeger's second storage). */
export function cassandraConfig<const NS extends CassandraNamespace>(namespace: NS): Prefixed<NS, Options> {
  return prefixSchema(namespace, options);
}

/** Turns loaded config values into store options. */
export function cassandraOptionsFromConfig<NS extends CassandraNamespace>(
  values: ConfigValues<Prefixed<NS, Options>>,
  namespace: NS,
): CassandraOptions {
  const get = scopedValues<Options>(values, namespace);
  const protoVersion = get('proto-version');
  return {
    servers: get('servers'),
    port: get('port'),
    keyspace: get('keyspace'),
    localDc: get('local-dc'),
    consistency: get('consistency'),
    ...(protoVersion > 0 && { protoVersion }),
    connectionsPerHost: get('connections-per-host'),
    timeoutMs: get('timeout'),
    connectTimeoutMs: get('connect-timeout'),
    ...passwordAuthFromConfig(values, namespace),
    tls: clientTlsFromConfig(values, namespace),
    writeConcurrency: get('write-concurrency'),
    writeCacheTtlMs: get('span-store-write-cache-ttl'),
    indexTags: get('index.tags'),
    indexLogs: get('index.logs'),
    indexProcessTags: get('index.process-tags'),
    tagDenyList: get('index.tag-blacklist'),
    tagAllowList: get('index.tag-whitelist'),
    createSchema: get('create-schema'),
    replicationFactor: get('replication-factor'),
    schemaMode: get('schema-mode'),
    traceTtlSeconds: Math.round(get('trace-ttl') / 1000),
    dependenciesTtlSeconds: Math.round(get('dependencies-ttl') / 1000),
    flagNamespace: namespace,
  };
}
