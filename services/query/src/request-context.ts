import { AsyncLocalStorage } from 'node:async_hooks';

/** What a storage backend may need to know about the API request it serves. */
export interface RequestContext {
  /** The caller's bearer token, when `--query.bearer-token-propagation` is on. */
  readonly bearerToken?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Runs `fn` with the request's context visible to everything it awaits, so a
 * storage backend (Elasticsearch with `--es.use-bearer-token`-style auth) can
 * forward the caller's token without the SpanReader interface carrying it.
 */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The bearer token of the API request being served, if propagation is on and one was sent. */
export function currentBearerToken(): string | undefined {
  return storage.getStore()?.bearerToken;
}

/**
 * Jaeger's bearer-token extraction (`pkg/bearertoken/http.go`): `Authorization: Bearer <t>`,
 * else `X-Forwarded-Access-Token: <t>`.
 */
export function bearerTokenFromHeaders(
  authorization: string | undefined,
  forwardedAccessToken: string | undefined,
): string | undefined {
  // As Jaeger: an Authorization header of another scheme (Basic) is never forwarded, nor replaced.
  if (authorization !== undefined && authorization !== '') {
    const match = /^Bearer (\S+)$/.exec(authorization.trim());
    return match?.[1];
  }
  const forwarded = forwardedAccessToken?.trim();
  return forwarded === undefined || forwarded === '' ? undefined : forwarded;
}
