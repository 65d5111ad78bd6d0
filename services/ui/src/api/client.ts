import { isRawTrace } from '../model/upload.ts';
import type { MetricFamily, MetricKind, MetricsQuery } from './metrics.ts';
import { metricsParams } from './metrics.ts';
import type { DependencyLink, Envelope, Operation, RawTrace } from './types.ts';

export class ApiRequestError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
  }
}

/**
 * The app's URL prefix from `<base href>` (rewritten by the query service for `--query.base-path`),
 * without a trailing slash: '' or '/jaeger'.
 */
export function basePath(doc: Document = document): string {
  const href = doc.querySelector('base')?.getAttribute('href') ?? '/';
  const path = href.startsWith('http') ? new URL(href).pathname : href;
  return path.replace(/\/+$/, '');
}

/** Jaeger's error body: `errors[].msg` joined; the body text otherwise (as Jaeger UI shows it). */
async function errorMessage(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as Envelope<unknown>;
    if (Array.isArray(body.errors) && body.errors.length > 0) return body.errors.map((e) => e.msg).join('; ');
  } catch {
    // not JSON: show the text
  }
  return text.trim() || `${res.status} ${res.statusText}`;
}

export interface TracesResult {
  traces: RawTrace[];
  /** Per-trace errors, e.g. "trace not found" for one of several requested IDs. */
  errors: string[];
}

export interface JaegerApi {
  services(): Promise<string[]>;
  operations(service: string): Promise<Operation[]>;
  searchTraces(params: URLSearchParams): Promise<TracesResult>;
  trace(id: string): Promise<RawTrace>;
  traceJson(id: string, raw: boolean): Promise<string>;
  dependencies(endTs: number, lookback: number): Promise<DependencyLink[]>;
  archive(id: string): Promise<void>;
  /** Jaeger's metrics query API (Monitor tab); rejects with the status (501/404 = not configured). */
  metrics(kind: MetricKind, query: MetricsQuery, quantile?: number): Promise<MetricFamily>;
  /** URL of the live tail stream (`GET /api/stream/spans`) with these filters. */
  liveStreamUrl(params: URLSearchParams): string;
}

export function createApi(prefix: string, fetchFn: typeof fetch = fetch.bind(globalThis)): JaegerApi {
  const request = async (path: string, init?: RequestInit): Promise<Response> => {
    const res = await fetchFn(`${prefix}/api${path}`, init);
    if (!res.ok) throw new ApiRequestError(await errorMessage(res), res.status);
    return res;
  };
  const json = async <T>(path: string, init?: RequestInit): Promise<Envelope<T>> =>
    (await (await request(path, init)).json()) as Envelope<T>;
  const errorsOf = (env: Envelope<unknown>): string[] =>
    (env.errors ?? []).map((e) => (e.traceID ? `${e.traceID}: ${e.msg}` : e.msg));
  return {
    services: async () => ((await json<string[] | null>('/services')).data ?? []).slice().sort(),
    operations: async (service) =>
      (await json<Operation[] | null>(`/operations?service=${encodeURIComponent(service)}`)).data ?? [],
    searchTraces: async (params) => {
      const env = await json<unknown[] | null>(`/traces?${params.toString()}`);
      const data = env.data ?? [];
      const traces = data.filter(isRawTrace);
      const malformed = data.length - traces.length;
      const errors = errorsOf(env);
      if (malformed > 0) errors.push(`${malformed} malformed trace(s) in the response were skipped`);
      return { traces, errors };
    },
    trace: async (id) => {
      const env = await json<unknown[] | null>(`/traces/${encodeURIComponent(id)}`);
      const trace = env.data?.[0];
      if (trace === undefined) throw new ApiRequestError(errorsOf(env).join('; ') || 'trace not found', 404);
      if (!isRawTrace(trace)) throw new ApiRequestError('malformed trace in the response', 502);
      return trace;
    },
    traceJson: async (id, raw) =>
      (await request(`/traces/${encodeURIComponent(id)}?prettyPrint=true${raw ? '&raw=true' : ''}`)).text(),
    dependencies: async (endTs, lookback) =>
      (await json<DependencyLink[] | null>(`/dependencies?endTs=${endTs}&lookback=${lookback}`)).data ?? [],
    archive: async (id) => {
      await request(`/archive/${encodeURIComponent(id)}`, { method: 'POST' });
    },
    metrics: async (kind, query, quantile) => {
      const body = (await (
        await request(`/metrics/${kind}?${metricsParams(kind, query, quantile).toString()}`)
      ).json()) as MetricFamily | null;
      if (body === null || typeof body !== 'object' || !('name' in body))
        throw new ApiRequestError('malformed metrics response', 502);
      return body;
    },
    liveStreamUrl: (params) => `${prefix}/api/stream/spans?${params.toString()}`,
  };
}
