import { readFileSync } from 'node:fs';
import { clientTlsFromConfig, passwordAuthFromConfig, prefixSchema, scopedValues } from '@spanstream/config';
import {
  createEsTransport,
  esConnectionOptions,
  resolveEsOptions,
  type EsFlavor,
  type EsTransport,
} from '@spanstream/storage-elasticsearch';

/**
 * How a job reaches Elasticsearch/OpenSearch. Plain JSON (it travels as BullMQ job data): files are
 * paths read when the job runs, and the secrets (`password`) are stripped from the stored copy.
 */
export interface EsConnection {
  readonly serverUrls: readonly string[];
  /** Which client library; found out from the server when absent (the CLI's URL alone does not say). */
  readonly flavor?: EsFlavor;
  readonly username?: string;
  readonly password?: string;
  readonly passwordFile?: string;
  readonly apiKeyFile?: string;
  readonly tokenFile?: string;
  readonly tls: {
    readonly enabled: boolean;
    readonly ca?: string;
    readonly cert?: string;
    readonly key?: string;
    readonly serverName?: string;
    readonly skipHostVerify: boolean;
  };
  readonly timeoutMs: number;
}

/** The CLI's `--es.username`, `--es.password`, `--es.*-file` and `--es.tls.*` flags (Jaeger's names). */
export const esConnectionCliConfig = prefixSchema('es', esConnectionOptions);

/**
 * From loaded `--es.*` values (the CLI's flags above, or the worker's shared storage flags, which use
 * the same names); `serverUrls` comes from the CLI's URL argument or `--es.server-urls`.
 */
export function esConnectionFromValues(
  values: Readonly<Record<string, unknown>>,
  serverUrls: readonly string[],
  flavor?: EsFlavor,
  timeoutMs = 120_000,
): EsConnection {
  const get = scopedValues<typeof esConnectionOptions>(values, 'es');
  const { username, password } = passwordAuthFromConfig(values, 'es');
  const tls = clientTlsFromConfig(values, 'es');
  const optional = (key: string, value: string | undefined) =>
    value === undefined || value === '' ? {} : { [key]: value };
  return {
    serverUrls,
    ...(flavor !== undefined && { flavor }),
    ...optional('username', username),
    ...optional('password', password),
    ...optional('passwordFile', get('password-file')),
    ...optional('apiKeyFile', get('api-key-file')),
    ...optional('tokenFile', get('token-file')),
    tls: {
      enabled: tls.enabled === true,
      skipHostVerify: tls.skipHostVerify === true,
      ...optional('ca', tls.ca),
      ...optional('cert', tls.cert),
      ...optional('key', tls.key),
      ...optional('serverName', tls.serverName),
    },
    timeoutMs,
  };
}

/** A URL argument: one or more comma-separated http(s) URLs; throws naming the bad one. */
export function parseServerUrls(text: string): string[] {
  const urls = text
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  if (urls.length === 0) throw new Error('missing the Elasticsearch URL (http://HOST:PORT)');
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`invalid URL "${url}": expected http://HOST:PORT`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new Error(`invalid URL "${url}": expected http:// or https://`);
  }
  return urls;
}

const read = (path: string | undefined): string | undefined =>
  path === undefined ? undefined : readFileSync(path, 'utf8').trim();

/** A connected transport and the server's flavor and major version. */
export interface EsAdmin {
  readonly transport: EsTransport;
  readonly flavor: EsFlavor;
  readonly majorVersion: number;
  readonly url: string;
  close(): Promise<void>;
}

function transportFor(connection: EsConnection, flavor: EsFlavor): EsTransport {
  const pem = (path: string | undefined, name: string) => {
    const content = connection.tls.enabled ? read(path) : undefined;
    return content === undefined ? {} : { [name]: content };
  };
  const password = connection.password ?? read(connection.passwordFile);
  const apiKey = read(connection.apiKeyFile);
  const bearerToken = read(connection.tokenFile);
  return createEsTransport(
    resolveEsOptions({
      flavor,
      serverUrls: connection.serverUrls,
      auth: {
        ...(connection.username !== undefined && { username: connection.username }),
        ...(password !== undefined && { password }),
        ...(apiKey !== undefined && { apiKey }),
        ...(bearerToken !== undefined && { bearerToken }),
      },
      tls: {
        ...pem(connection.tls.ca, 'ca'),
        ...pem(connection.tls.cert, 'cert'),
        ...pem(connection.tls.key, 'key'),
        ...(connection.tls.serverName !== undefined && { serverName: connection.tls.serverName }),
        skipHostVerify: connection.tls.skipHostVerify,
      },
      timeoutMs: connection.timeoutMs,
    }),
  );
}

interface NodesInfo {
  readonly nodes?: Record<string, { readonly version?: string; readonly build_flavor?: string }>;
}

/**
 * Connects and asks the node its version: `GET /_nodes/_local` (the stack's integ-test Elasticsearch
 * answers `GET /` with 405). Elasticsearch reports a `build_flavor`, OpenSearch does not. The probe
 * goes through OpenSearch's client, which (unlike Elastic's) makes no product check of its own; a
 * failure here is the one-line "cannot reach" error of the CLI.
 */
export async function connectEs(connection: EsConnection): Promise<EsAdmin> {
  const url = connection.serverUrls.join(',');
  const probe = transportFor(connection, 'opensearch');
  let info: NodesInfo;
  try {
    const response = await probe.request<NodesInfo>({
      method: 'GET',
      path: '/_nodes/_local',
      querystring: { filter_path: 'nodes.*.version,nodes.*.build_flavor' },
      noClientRetry: true,
    });
    info = response.body;
  } catch (error) {
    await probe.close();
    throw new Error(`cannot reach Elasticsearch/OpenSearch at ${url}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const node = Object.values(info.nodes ?? {})[0];
  const detected: EsFlavor = node?.build_flavor === undefined ? 'opensearch' : 'elasticsearch';
  const flavor = connection.flavor ?? detected;
  const majorVersion = Number.parseInt(node?.version ?? '0', 10);
  if (flavor === 'opensearch')
    return { transport: probe, flavor, majorVersion, url, close: () => probe.close() };
  await probe.close();
  const transport = transportFor(connection, flavor);
  return { transport, flavor, majorVersion, url, close: () => transport.close() };
}
