import type { EsFlavor } from '@spanstream/storage-elasticsearch';
import { esConnectionFromValues, type EsConnection } from './es-connection.ts';

/** What the worker's ES jobs take from the shared storage flags (`--span-storage.type`, `--es.*`). */
export interface StorageEsSettings {
  readonly es: EsConnection;
  readonly indexPrefix: string;
  readonly indexDateSeparator: string;
  readonly useAliases: boolean;
  readonly numShards: number;
  readonly numReplicas: number;
}

/** Throws (a startup error naming the flag) when the storage is not Elasticsearch/OpenSearch. */
export function storageEsConnection(
  values: Readonly<Record<string, unknown>>,
  job: string,
): StorageEsSettings {
  const type = values['span-storage.type'];
  if (type !== 'elasticsearch' && type !== 'opensearch')
    throw new Error(
      `--${job}.enabled needs --span-storage.type=elasticsearch or opensearch, got ${String(type)}`,
    );
  const flavor: EsFlavor = type;
  return {
    es: esConnectionFromValues(
      values,
      values['es.server-urls'] as string[],
      flavor,
      values['es.timeout'] as number,
    ),
    indexPrefix: values['es.index-prefix'] as string,
    indexDateSeparator: values['es.index-date-separator'] as string,
    useAliases: values['es.use-aliases'] as boolean,
    numShards: values['es.num-shards'] as number,
    numReplicas: values['es.num-replicas'] as number,
  };
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks an `EsConnection` read back from JSON (a BullMQ job's data); throws naming the bad field. */
export function parseEsConnection(raw: unknown): EsConnection {
  const value = raw as Partial<EsConnection> | null | undefined;
  if (typeof value !== 'object' || value === null) throw new Error('es: expected an object');
  if (!isStringArray(value.serverUrls) || value.serverUrls.length === 0)
    throw new Error('es.serverUrls: expected a non-empty list of URLs');
  if (value.flavor !== undefined && value.flavor !== 'elasticsearch' && value.flavor !== 'opensearch')
    throw new Error(`es.flavor: expected elasticsearch or opensearch, got ${String(value.flavor)}`);
  const tls = (value.tls ?? {}) as Partial<EsConnection['tls']>;
  const strings = (source: object, keys: readonly string[]) => {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const field = (source as Record<string, unknown>)[key];
      if (field === undefined) continue;
      if (typeof field !== 'string') throw new Error(`es.${key}: expected a string`);
      out[key] = field;
    }
    return out;
  };
  return {
    serverUrls: value.serverUrls,
    ...(value.flavor !== undefined && { flavor: value.flavor }),
    ...strings(value, ['username', 'password', 'passwordFile', 'apiKeyFile', 'tokenFile']),
    tls: {
      enabled: tls.enabled === true,
      skipHostVerify: tls.skipHostVerify === true,
      ...strings(tls, ['ca', 'cert', 'key', 'serverName']),
    },
    timeoutMs: typeof value.timeoutMs === 'number' ? value.timeoutMs : 120_000,
  };
}
