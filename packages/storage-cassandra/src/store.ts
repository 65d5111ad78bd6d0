import { readFileSync } from 'node:fs';
import { emitWarning } from 'node:process';
import type { SpanStore } from '@spanstream/storage-api';
import { auth, Client, types, type ClientOptions } from 'cassandra-driver';
import type { Registry } from 'prom-client';
import { CassandraDependencyStore } from './dependency-store.ts';
import { missingKeyspaceError, toStorageError } from './errors.ts';
import { ensureExtrasColumn } from './extras-column.ts';
import { createCassandraMetrics } from './metrics.ts';
import type { CassandraOptions } from './options.ts';
import { CassandraSpanReader } from './reader.ts';
import { renderSchema } from './schema.ts';
import { CassandraSpanWriter } from './writer.ts';

export interface CassandraStoreDeps {
  readonly registry?: Registry;
  /** Where the one start-up warning goes (column not added); `process.emitWarning` by default. */
  readonly warn?: (message: string) => void;
}

/** Connects, creates the schema when asked (`--cassandra.create-schema`), and returns the store. */
export async function createCassandraStore(
  options: CassandraOptions,
  deps: CassandraStoreDeps = {},
): Promise<SpanStore> {
  if (options.tagAllowList.length > 0 && options.tagDenyList.length > 0) {
    throw new Error('cassandra.index.tag-whitelist and cassandra.index.tag-blacklist are mutually exclusive');
  }
  if (options.createSchema) await createSchema(options);
  const client = new Client({ ...clientOptions(options), keyspace: options.keyspace });
  try {
    await client.connect();
  } catch (error) {
    await client.shutdown();
    throw (
      missingKeyspaceError(error, options.keyspace, options.flagNamespace ?? 'cassandra') ??
      toStorageError(error, 'connect')
    );
  }
  let extrasColumn: boolean;
  try {
    extrasColumn = await ensureExtrasColumn(client, options.keyspace, deps.warn ?? emitWarning);
  } catch (error) {
    await client.shutdown();
    throw toStorageError(error, 'connect');
  }
  const metrics = createCassandraMetrics(deps.registry);
  const dependencies = new CassandraDependencyStore(client);
  return {
    writer: new CassandraSpanWriter(client, options, metrics, extrasColumn),
    reader: new CassandraSpanReader(client, metrics, extrasColumn),
    dependencies,
    dependencyWriter: dependencies,
    close: () => client.shutdown(),
  };
}

/** Runs Jaeger's v004 schema (idempotent: every statement is IF NOT EXISTS). */
export async function createSchema(options: CassandraOptions): Promise<void> {
  const statements = await renderSchema(options);
  const client = new Client(clientOptions(options));
  try {
    for (const statement of statements) await client.execute(statement);
  } catch (error) {
    throw toStorageError(error, 'create schema');
  } finally {
    await client.shutdown();
  }
}

export function clientOptions(options: CassandraOptions): ClientOptions {
  const consistency = (types.consistencies as unknown as Record<string, number | undefined>)[
    toCamel(options.consistency)
  ];
  if (consistency === undefined)
    throw new Error(`cassandra.consistency: unknown level "${options.consistency}"`);
  const tls = options.tls?.enabled
    ? {
        ...(options.tls.ca !== undefined && { ca: [readFileSync(options.tls.ca)] }),
        ...(options.tls.cert !== undefined && { cert: readFileSync(options.tls.cert) }),
        ...(options.tls.key !== undefined && { key: readFileSync(options.tls.key) }),
        ...(options.tls.serverName !== undefined && { servername: options.tls.serverName }),
        rejectUnauthorized: options.tls.skipHostVerify !== true,
      }
    : undefined;
  return {
    contactPoints: [...options.servers],
    localDataCenter: options.localDc,
    protocolOptions: {
      port: options.port,
      ...(options.protoVersion !== undefined && { maxVersion: options.protoVersion }),
    },
    pooling: { coreConnectionsPerHost: { [0]: options.connectionsPerHost, [1]: 1 } },
    socketOptions: {
      connectTimeout: options.connectTimeoutMs,
      ...(options.timeoutMs > 0 && { readTimeout: options.timeoutMs }),
    },
    queryOptions: { consistency, prepare: true, isIdempotent: true },
    encoding: { useBigIntAsLong: true, useBigIntAsVarint: true },
    ...(options.username !== undefined && {
      authProvider: new auth.PlainTextAuthProvider(options.username, options.password ?? ''),
    }),
    ...(tls !== undefined && { sslOptions: tls }),
  };
}

/** LOCAL_ONE → localOne, the driver's names. */
function toCamel(level: string): string {
  return level.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
