import cassandra from 'cassandra-driver';
import type { Span } from '@spanstream/model';
import { createCassandraStore, defaultCassandraOptions } from '@spanstream/storage-cassandra';
import { createElasticsearchStore } from '@spanstream/storage-elasticsearch';
import {
  cassandraContactPoints,
  cassandraLocalDataCenter,
  elasticsearchUrl,
  opensearchUrl,
  uniqueName,
} from '@spanstream/testkit';
import type { JaegerStorage } from './jaeger-config.ts';

export type Backend = 'elasticsearch' | 'opensearch' | 'cassandra';
export const BACKENDS: readonly Backend[] = ['elasticsearch', 'opensearch', 'cassandra'];

/**
 * One index prefix or keyspace on the stack's server, seen from both sides: the flags our services
 * take, the storage block Jaeger takes, our writer, and a cleanup that drops what was created.
 */
export interface Namespace {
  readonly backend: Backend;
  readonly name: string;
  readonly ourArgs: readonly string[];
  readonly jaeger: JaegerStorage;
  /** Writes with our storage writer (in this process) and waits until the spans are searchable. */
  write(spans: readonly Span[]): Promise<void>;
  /** Span documents / rows stored so far (to count what an ingester wrote). */
  countSpans(): Promise<number>;
  cleanup(): Promise<void>;
}

/** A fresh namespace; `role` goes into its name (`interop-<role>-…`), so leftovers say where they came from. */
export async function createNamespace(backend: Backend, role: string): Promise<Namespace> {
  const name = uniqueName(`interop-${role}`)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, backend === 'cassandra' ? '_' : '-');
  return backend === 'cassandra' ? cassandraNamespace(name) : esNamespace(backend, name);
}

async function esNamespace(backend: 'elasticsearch' | 'opensearch', prefix: string): Promise<Namespace> {
  const url = backend === 'elasticsearch' ? await elasticsearchUrl() : await opensearchUrl();
  return {
    backend,
    name: prefix,
    ourArgs: [`--span-storage.type=${backend}`, `--es.server-urls=${url}`, `--es.index-prefix=${prefix}`],
    jaeger: { kind: backend, url, indexPrefix: prefix },
    async write(spans) {
      const store = await createElasticsearchStore({
        flavor: backend,
        serverUrls: [url],
        indexPrefix: prefix,
        numShards: 1,
        numReplicas: 0,
        bulk: { flushIntervalMs: 20 },
      });
      try {
        await store.writer.writeSpans(spans);
        await store.refresh();
      } finally {
        await store.close();
      }
    },
    async countSpans() {
      await fetch(`${url}/${prefix}-jaeger-span-*/_refresh?ignore_unavailable=true&allow_no_indices=true`, {
        method: 'POST',
      });
      const response = await fetch(
        `${url}/${prefix}-jaeger-span-*/_count?ignore_unavailable=true&allow_no_indices=true`,
      );
      return ((await response.json()) as { count?: number }).count ?? 0;
    },
    cleanup: () => deleteEsNamespace(url, prefix),
  };
}

async function deleteEsNamespace(url: string, prefix: string): Promise<void> {
  const response = await fetch(`${url}/_cat/indices/${prefix}-*?format=json&h=index&expand_wildcards=all`);
  const indices = response.ok ? ((await response.json()) as { index: string }[]).map((row) => row.index) : [];
  // Named, not a wildcard: destructive wildcard deletes are refused by default.
  if (indices.length > 0) await fetch(`${url}/${indices.join(',')}`, { method: 'DELETE' });
  for (const kind of ['_index_template', '_template']) {
    const templates = await fetch(`${url}/${kind}/${prefix}-*`);
    if (!templates.ok) continue;
    const body = (await templates.json()) as { index_templates?: { name: string }[] } & Record<
      string,
      unknown
    >;
    const names = body.index_templates?.map((t) => t.name) ?? Object.keys(body);
    for (const name of names) await fetch(`${url}/${kind}/${name}`, { method: 'DELETE' });
  }
}

async function cassandraNamespace(keyspace: string): Promise<Namespace> {
  const [contact] = await cassandraContactPoints();
  const [host = '127.0.0.1', portText = '9042'] = (contact ?? '').split(':');
  const port = Number(portText);
  const localDc = await cassandraLocalDataCenter();
  const withClient = async <T>(use: (client: cassandra.Client) => Promise<T>): Promise<T> => {
    const client = new cassandra.Client({
      contactPoints: [host],
      localDataCenter: localDc,
      protocolOptions: { port },
    });
    try {
      return await use(client);
    } finally {
      await client.shutdown();
    }
  };
  return {
    backend: 'cassandra',
    name: keyspace,
    ourArgs: [
      '--span-storage.type=cassandra',
      `--cassandra.servers=${host}`,
      `--cassandra.port=${port}`,
      `--cassandra.local-dc=${localDc}`,
      `--cassandra.keyspace=${keyspace}`,
      '--cassandra.create-schema',
    ],
    jaeger: { kind: 'cassandra', host, port, dataCenter: localDc, keyspace },
    async write(spans) {
      const store = await createCassandraStore({
        ...defaultCassandraOptions,
        servers: [host],
        port,
        localDc,
        keyspace,
        createSchema: true,
      });
      try {
        await store.writer.writeSpans(spans);
      } finally {
        await store.close();
      }
    },
    countSpans: () =>
      withClient(async (client) => {
        const result = await client.execute(`SELECT count(*) FROM ${keyspace}.traces`);
        return Number(result.first()?.get('count') ?? 0);
      }),
    cleanup: () =>
      withClient(async (client) => {
        await client.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
      }),
  };
}
