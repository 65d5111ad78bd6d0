import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostPort } from '@spanstream/config';
import { jaeger } from '@spanstream/proto';
import { createNodeHttpServer, type Logger } from '@spanstream/runtime';
import type { AgentMetrics } from '../metrics.ts';

/** Fetches a service's SamplingStrategyResponse (protobuf) from a collector. */
export type FetchStrategy = (request: Uint8Array) => Promise<Uint8Array>;

type Json = Record<string, unknown>;

/** Services whose last strategy is kept for an outage; past it the oldest entry goes. */
const MAX_CACHED_SERVICES = 10_000;

/** Proto-JSON as Jaeger's agent serves it: every field, enums by name, unset messages left out. */
function toProtoJson(bytes: Uint8Array): Json {
  const message = jaeger.api_v2.SamplingStrategyResponse.decode(bytes);
  const object = jaeger.api_v2.SamplingStrategyResponse.toObject(message, {
    enums: String,
    longs: Number,
    defaults: true,
  });
  return JSON.parse(
    JSON.stringify(object, (_key, value: unknown) => (value === null ? undefined : value)),
  ) as Json;
}

/** The legacy `/` answer (Thrift-JSON for old clients): the same fields, the strategy type as a number. */
function toLegacy(json: Json): Json {
  return { ...json, strategyType: json.strategyType === 'RATE_LIMITING' ? 1 : 0 };
}

export interface SamplingProxy {
  start(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The agent's HTTP port (5778): `GET /sampling?service=` (proto-JSON), `GET /?service=` (legacy
 * Thrift-JSON) and `GET /baggageRestrictions?service=`. Strategies come from a collector's
 * SamplingManager; the last one per service is kept and served while no collector answers.
 */
export function createSamplingProxy(
  hostPort: HostPort,
  fetchStrategy: FetchStrategy,
  metrics: AgentMetrics,
  logger: Logger,
): SamplingProxy {
  const cache = new Map<string, Json>();

  const strategy = async (service: string): Promise<Json | undefined> => {
    const request = jaeger.api_v2.SamplingStrategyParameters.encode({ serviceName: service }).finish();
    try {
      const json = toProtoJson(await fetchStrategy(request));
      cache.delete(service);
      cache.set(service, json);
      if (cache.size > MAX_CACHED_SERVICES) cache.delete(cache.keys().next().value!);
      metrics.collectorProxy.inc({ endpoint: 'sampling', result: 'ok' });
      return json;
    } catch (error) {
      const cached = cache.get(service);
      metrics.collectorProxy.inc({ endpoint: 'sampling', result: cached === undefined ? 'err' : 'cached' });
      logger.warn(
        { err: error, service, cached: cached !== undefined },
        'no sampling strategy from the collectors',
      );
      return cached;
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://agent');
    const send = (status: number, body: unknown) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      response.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
      });
      response.end(text);
    };
    const path = url.pathname;
    if (request.method !== 'GET' || !['/', '/sampling', '/baggageRestrictions'].includes(path)) {
      send(404, 'not found');
      return;
    }
    const services = url.searchParams.getAll('service');
    if (services.length !== 1) {
      send(400, "'service' parameter must be provided once");
      return;
    }
    if (path === '/baggageRestrictions') {
      // Jaeger's gRPC collector proxy has no baggage restrictions: an empty list.
      metrics.samplingRequests.inc({ type: 'baggage' });
      send(200, []);
      return;
    }
    metrics.samplingRequests.inc({ type: path === '/' ? 'sampling-legacy' : 'sampling' });
    const json = await strategy(services[0]!);
    if (json === undefined) send(500, 'collector error: no sampling strategy');
    else send(200, path === '/' ? toLegacy(json) : json);
  };

  let server: Server | undefined;
  return {
    start: () =>
      new Promise((resolve, reject) => {
        const s = createNodeHttpServer((request, response) => {
          handle(request, response).catch((error: unknown) => {
            logger.error({ err: error }, 'sampling request failed');
            if (!response.headersSent) response.writeHead(500).end();
            else response.destroy();
          });
        });
        s.once('error', reject);
        s.listen(hostPort.port, hostPort.host, () => {
          s.off('error', reject);
          server = s;
          resolve((s.address() as AddressInfo).port);
        });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (server === undefined) {
          resolve();
          return;
        }
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
        server = undefined;
      }),
  };
}
