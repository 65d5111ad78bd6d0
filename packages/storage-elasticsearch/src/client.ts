import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import type { Client as ElasticClient } from '@elastic/elasticsearch';
import type { Client as OpenSearchClient } from '@opensearch-project/opensearch';
import { currentBearerToken, StorageError, type StorageErrorCode } from '@spanstream/storage-api';
import { needsLosslessParse, parseJsonLossless } from './lossless-json.ts';
import type { EsOptions } from './options.ts';

export interface EsRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD';
  readonly path: string;
  readonly querystring?: Record<string, string | number | boolean>;
  readonly body?: unknown;
  /**
   * NDJSON for `_bulk` / `_msearch` (sent with the NDJSON content type): text, or its UTF-8 bytes
   * (the bulk writer's bodies, sent as they are).
   */
  readonly bulkBody?: string | Buffer;
  /**
   * Fail on the first timeout or connection error instead of letting the client library retry at
   * once: the caller retries with backoff (and must learn of a frozen server within one timeout).
   */
  readonly noClientRetry?: boolean;
}

export interface EsResponse<T> {
  readonly statusCode: number;
  readonly body: T;
}

/**
 * The one seam between the store and the two client libraries: both expose the same low-level
 * `transport.request`, which keeps their connection pool, retries, auth and TLS. Everything
 * Spanstream sends is plain REST that Elasticsearch 7/8 and OpenSearch 1/2 share.
 */
export interface EsTransport {
  request<T>(request: EsRequest, ignore?: readonly number[]): Promise<EsResponse<T>>;
  /**
   * The response body as text, not parsed (the libraries' `asStream`): a large trace read parses it
   * once itself instead of through the serializer's prototype and int64 scans (docs/adr/0108).
   * Throws on a status ≥ 400 as `request` does. Optional so test doubles need only `request`.
   */
  requestText?(request: EsRequest): Promise<EsResponse<string>>;
  close(): Promise<void>;
}

export function createEsTransport(options: EsOptions): EsTransport {
  return options.flavor === 'opensearch' ? openSearchTransport(options) : elasticTransport(options);
}

// Each client library is loaded when its flavor is first used: a process reading Elasticsearch does
// not load the OpenSearch client, nor one on another backend either (docs/adr/0108, lazy loading).
const require = createRequire(import.meta.url);
type ElasticLibrary = typeof import('@elastic/elasticsearch');
type OpenSearchLibrary = typeof import('@opensearch-project/opensearch');
let elasticLibrary:
  { Client: ElasticLibrary['Client']; Serializer: ElasticLibrary['Serializer'] } | undefined;
let openSearchLibrary:
  { Client: OpenSearchLibrary['Client']; Serializer: OpenSearchLibrary['Serializer'] } | undefined;

/**
 * Both libraries' serializers, with int64 kept exact: the library's own parse still runs first
 * (it rejects prototype poisoning), then a text holding an unsafe integer is parsed again losslessly.
 */
function loadElastic(): NonNullable<typeof elasticLibrary> {
  if (elasticLibrary) return elasticLibrary;
  const library = require('@elastic/elasticsearch') as ElasticLibrary;
  class LosslessElasticSerializer extends library.Serializer {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the base class's signature
    override deserialize<T = unknown>(json: string): T {
      const object = super.deserialize<T>(json);
      return needsLosslessParse(json) ? (parseJsonLossless(json) as T) : object;
    }
  }
  elasticLibrary = { Client: library.Client, Serializer: LosslessElasticSerializer };
  return elasticLibrary;
}

function loadOpenSearch(): NonNullable<typeof openSearchLibrary> {
  if (openSearchLibrary) return openSearchLibrary;
  const library = require('@opensearch-project/opensearch') as OpenSearchLibrary;
  class LosslessOpenSearchSerializer extends library.Serializer {
    override deserialize(json: string): unknown {
      const object: unknown = super.deserialize(json);
      return needsLosslessParse(json) ? parseJsonLossless(json) : object;
    }
  }
  openSearchLibrary = { Client: library.Client, Serializer: LosslessOpenSearchSerializer };
  return openSearchLibrary;
}

/** Options for `@elastic/elasticsearch`'s Client (exported for tests). */
export function elasticClientOptions(options: EsOptions): ConstructorParameters<typeof ElasticClient>[0] {
  const { auth, tls } = options;
  return {
    nodes: [...options.serverUrls],
    ...(auth.apiKey
      ? { auth: { apiKey: auth.apiKey } }
      : auth.bearerToken
        ? { auth: { bearer: auth.bearerToken } }
        : auth.username !== undefined
          ? { auth: { username: auth.username, password: auth.password ?? '' } }
          : {}),
    tls: tlsOptions(tls),
    ...(options.timeoutMs > 0 ? { requestTimeout: options.timeoutMs } : {}),
    sniffOnStart: options.sniffer,
    maxRetries: 2,
    Serializer: loadElastic().Serializer,
  };
}

function elasticTransport(options: EsOptions): EsTransport {
  const client = new (loadElastic().Client)(elasticClientOptions(options));
  return {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the caller's view of the body, as in the client libraries
    request: async <T>(request: EsRequest, ignore: readonly number[] = []) => {
      try {
        const result = await client.transport.request<T>(toParams(request), {
          meta: true,
          ignore: [...ignore],
          ...(request.noClientRetry && { maxRetries: 0 }),
          ...propagatedAuth(),
        });
        return { statusCode: result.statusCode ?? 200, body: result.body };
      } catch (error) {
        throw toStorageError(error, request);
      }
    },
    requestText: async (request) => {
      try {
        const result = await client.transport.request<Readable>(toParams(request), {
          meta: true,
          asStream: true,
          ...(request.noClientRetry && { maxRetries: 0 }),
          ...propagatedAuth(),
        });
        const body: unknown = result.body; // the response stream, typed `any` by the library
        return await streamedText(result.statusCode ?? 200, body as Readable);
      } catch (error) {
        throw toStorageError(error, request);
      }
    },
    close: () => client.close(),
  };
}

/**
 * An `asStream` response read whole, decoded chunk by chunk into one string as the libraries do
 * (no Buffer of the whole body next to it). The libraries skip their status handling for streams,
 * so a status ≥ 400 becomes the error `request` would throw. Nothing asks for compression.
 */
async function streamedText(statusCode: number, body: Readable): Promise<EsResponse<string>> {
  let text = '';
  body.setEncoding('utf8');
  for await (const chunk of body as AsyncIterable<string>) text += chunk;
  if (statusCode >= 400) {
    throw Object.assign(new Error(`status ${statusCode}: ${text.slice(0, 1000)}`), {
      name: 'ResponseError',
      statusCode,
    });
  }
  return { statusCode, body: text };
}

/** Options for `@opensearch-project/opensearch`'s Client: API key and bearer token as headers. */
export function openSearchClientOptions(
  options: EsOptions,
): ConstructorParameters<typeof OpenSearchClient>[0] {
  const { auth, tls } = options;
  const headers: Record<string, string> = {};
  if (auth.apiKey) headers['authorization'] = `ApiKey ${auth.apiKey}`;
  else if (auth.bearerToken) headers['authorization'] = `Bearer ${auth.bearerToken}`;
  return {
    nodes: [...options.serverUrls],
    ...(auth.username !== undefined && !auth.apiKey && !auth.bearerToken
      ? { auth: { username: auth.username, password: auth.password ?? '' } }
      : {}),
    headers,
    ssl: tlsOptions(tls),
    ...(options.timeoutMs > 0 ? { requestTimeout: options.timeoutMs } : {}),
    sniffOnStart: options.sniffer,
    maxRetries: 2,
    Serializer: loadOpenSearch().Serializer,
  };
}

function openSearchTransport(options: EsOptions): EsTransport {
  const client = new (loadOpenSearch().Client)(openSearchClientOptions(options));
  return {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the caller's view of the body, as in the client libraries
    request: async <T>(request: EsRequest, ignore: readonly number[] = []) => {
      try {
        const result = await client.transport.request(toParams(request), {
          ignore: [...ignore],
          ...(request.noClientRetry && { maxRetries: 0 }),
          ...propagatedAuth(),
        });
        return { statusCode: result.statusCode ?? 200, body: result.body as T };
      } catch (error) {
        throw toStorageError(error, request);
      }
    },
    requestText: async (request) => {
      try {
        const result = await client.transport.request(toParams(request), {
          asStream: true,
          ...(request.noClientRetry && { maxRetries: 0 }),
          ...propagatedAuth(),
        });
        const body: unknown = result.body; // the response stream, typed `any` by the library
        return await streamedText(result.statusCode ?? 200, body as Readable);
      } catch (error) {
        throw toStorageError(error, request);
      }
    },
    close: () => client.close(),
  };
}

/**
 * Jaeger's `--query.bearer-token-propagation`: a request made while serving an API call that
 * carried a bearer token is sent with that token instead of the configured credentials.
 */
function propagatedAuth(): { headers?: Record<string, string> } {
  const token = currentBearerToken();
  return token ? { headers: { authorization: `Bearer ${token}` } } : {};
}

function toParams(request: EsRequest): {
  method: string;
  path: string;
  querystring?: Record<string, string | number | boolean>;
  body?: Record<string, unknown>;
  bulkBody?: string | Buffer;
} {
  return {
    method: request.method,
    path: request.path,
    ...(request.querystring ? { querystring: request.querystring } : {}),
    ...(request.body === undefined ? {} : { body: request.body as Record<string, unknown> }),
    ...(request.bulkBody === undefined ? {} : { bulkBody: request.bulkBody }),
  };
}

function tlsOptions(tls: EsOptions['tls']): {
  ca?: string;
  cert?: string;
  key?: string;
  servername?: string;
  rejectUnauthorized?: boolean;
} {
  return {
    ...(tls.ca ? { ca: tls.ca } : {}),
    ...(tls.cert ? { cert: tls.cert } : {}),
    ...(tls.key ? { key: tls.key } : {}),
    ...(tls.serverName ? { servername: tls.serverName } : {}),
    ...(tls.skipHostVerify ? { rejectUnauthorized: false } : {}),
  };
}

/** Reads a PEM or token file named by a flag (`--es.tls.ca`, `--es.token-file`); '' → undefined. */
export function readSecretFile(path: string | undefined): string | undefined {
  return path ? readFileSync(path, 'utf8').trim() : undefined;
}

interface ClientErrorShape {
  name?: string;
  message?: string;
  statusCode?: number;
  meta?: { statusCode?: number; body?: unknown };
}

/** Maps both libraries' errors (same class names) to StorageError codes. */
export function toStorageError(error: unknown, request: Pick<EsRequest, 'method' | 'path'>): StorageError {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ClientErrorShape;
  const status = shape.statusCode ?? shape.meta?.statusCode;
  let code: StorageErrorCode = 'internal';
  if (status === 429) code = 'overloaded';
  else if (status === 502 || status === 503 || status === 504) code = 'unavailable';
  else if (status !== undefined && status >= 400 && status < 500) code = 'invalid';
  else if (shape.name === 'TimeoutError') code = 'timeout';
  else if (shape.name === 'ConnectionError' || shape.name === 'NoLivingConnectionsError')
    code = 'unavailable';
  const what = `${request.method} ${request.path}`;
  return new StorageError(code, `${shape.name ?? 'Error'} on ${what}: ${shape.message ?? String(error)}`, {
    cause: error,
  });
}
