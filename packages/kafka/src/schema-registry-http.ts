/**
 * The few calls of the Confluent schema-registry REST API this package makes (Confluent's and
 * Apicurio's `/apis/ccompat/v7` alike). Credentials in the URL (`https://user:pw@host/...`) are sent
 * as Basic auth, since fetch refuses URLs that carry them.
 */
export class SchemaRegistryError extends Error {
  override readonly name = 'SchemaRegistryError';
  /** HTTP status, or undefined when the registry could not be reached. */
  readonly status: number | undefined;
  /** A network failure or a 5xx: the same call may succeed later. */
  readonly retriable: boolean;

  constructor(message: string, status: number | undefined, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
    this.retriable = status === undefined || status >= 500;
  }
}

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

function splitCredentials(registryUrl: string): { base: string; authorization: string | undefined } {
  const url = new URL(registryUrl);
  if (url.username === '' && url.password === '')
    return { base: registryUrl.replace(/\/+$/, ''), authorization: undefined };
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return { base: url.toString().replace(/\/+$/, ''), authorization };
}

/** GET (no body) or POST (with one) `path` under the registry URL; resolves to the parsed JSON answer. */
export async function registryRequest(registryUrl: string, path: string, body?: unknown): Promise<unknown> {
  const { base, authorization } = splitCredentials(registryUrl);
  const headers: Record<string, string> = { accept: CONTENT_TYPE };
  if (authorization) headers['authorization'] = authorization;
  if (body !== undefined) headers['content-type'] = CONTENT_TYPE;
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new SchemaRegistryError(`schema registry unreachable: ${(error as Error).message}`, undefined, {
      cause: error,
    });
  }
  const text = await response.text();
  if (!response.ok) {
    throw new SchemaRegistryError(
      `schema registry answered ${response.status} to ${path}: ${text.slice(0, 500)}`,
      response.status,
    );
  }
  return JSON.parse(text) as unknown;
}
