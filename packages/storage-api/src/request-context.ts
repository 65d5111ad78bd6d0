import { AsyncLocalStorage } from 'node:async_hooks';

/** What a storage backend may need to know about the API request it serves. */
export interface RequestContext {
  /** The caller's bearer token, when `--query.bearer-token-propagation` is on. */
  readonly bearerToken?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Runs `fn` with the request's context visible to everything it awaits, so a storage backend
 * (Elasticsearch with bearer-token auth) can forward the caller's token without the SpanReader
 * interface carrying it. The query service sets it; backends read it.
 */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The bearer token of the API request being served, if propagation is on and one was sent. */
export function currentBearerToken(): string | undefined {
  return storage.getStore()?.bearerToken;
}
