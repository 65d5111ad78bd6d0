import type { ClientTlsOptions } from '@spanstream/config';

/** Cassandra storage options, named after Jaeger's `--cassandra.*` flags. */
export interface CassandraOptions {
  /** Contact points (`--cassandra.servers`). */
  readonly servers: readonly string[];
  readonly port: number;
  /** Keyspace (`--cassandra.keyspace`, Jaeger's default `jaeger_v1_test`; schema default `jaeger_v1_<dc>`). */
  readonly keyspace: string;
  /** `--cassandra.local-dc`; the driver requires one, `datacenter1` is Cassandra's default. */
  readonly localDc: string;
  /** `--cassandra.consistency`: ANY, ONE, TWO, THREE, QUORUM, ALL, LOCAL_QUORUM, EACH_QUORUM, LOCAL_ONE. */
  readonly consistency: string;
  /** `--cassandra.proto-version`; undefined lets the driver negotiate. */
  readonly protoVersion?: number;
  readonly connectionsPerHost: number;
  /** `--cassandra.timeout` in ms (read timeout; 0 = driver default 12 s). */
  readonly timeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly username?: string;
  readonly password?: string;
  readonly tls?: ClientTlsOptions;
  /** How many writes run at once per `writeSpans` call. */
  readonly writeConcurrency: number;
  /** `--cassandra.span-store-write-cache-ttl` in ms: how long a service/operation is known written. */
  readonly writeCacheTtlMs: number;
  /** `--cassandra.index.tags|logs|process-tags`. */
  readonly indexTags: boolean;
  readonly indexLogs: boolean;
  readonly indexProcessTags: boolean;
  /** `--cassandra.index.tag-blacklist` / `tag-whitelist` (mutually exclusive). */
  readonly tagDenyList: readonly string[];
  readonly tagAllowList: readonly string[];
  /** Schema creation (`--cassandra.create-schema`) and its settings. */
  readonly createSchema: boolean;
  readonly replicationFactor: number;
  /** `SimpleStrategy` (test) or `NetworkTopologyStrategy` (prod). */
  readonly schemaMode: 'test' | 'prod';
  readonly traceTtlSeconds: number;
  readonly dependenciesTtlSeconds: number;
  /** The flag namespace these options came from, to name the right flag in errors (`cassandra`). */
  readonly flagNamespace?: 'cassandra' | 'cassandra-archive';
}

export const defaultCassandraOptions: CassandraOptions = {
  servers: ['127.0.0.1'],
  port: 9042,
  keyspace: 'jaeger_v1_test',
  localDc: 'datacenter1',
  consistency: 'LOCAL_ONE',
  connectionsPerHost: 2,
  timeoutMs: 0,
  connectTimeoutMs: 10_000,
  writeConcurrency: 64,
  writeCacheTtlMs: 12 * 3600 * 1000,
  indexTags: true,
  indexLogs: true,
  indexProcessTags: true,
  tagDenyList: [],
  tagAllowList: [],
  createSchema: false,
  replicationFactor: 1,
  schemaMode: 'test',
  traceTtlSeconds: 172_800,
  dependenciesTtlSeconds: 0,
};
