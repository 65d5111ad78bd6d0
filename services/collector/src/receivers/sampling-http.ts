import type { FastifyInstance } from 'fastify';
import type { CollectorMetrics } from '../metrics.ts';
import type { StrategyStore } from '../sampling/strategy-store.ts';

/**
 * `GET <path>?service=NAME` → the service's SamplingStrategyResponse as proto-JSON,
 * as Jaeger's collector (`/api/sampling` on 14268) and agent (`/sampling` on 5778) serve it.
 */
export function registerSamplingHttp(
  app: FastifyInstance,
  paths: readonly string[],
  store: StrategyStore,
  metrics: CollectorMetrics,
): void {
  for (const path of paths) {
    app.get(path, (request, reply) => {
      metrics.samplingRequests.inc({ type: 'sampling' });
      const service = (request.query as Record<string, unknown>).service;
      if (typeof service !== 'string') {
        return reply.code(400).type('text/plain').send("'service' parameter must be provided once");
      }
      return reply.code(200).type('application/json').send(store.get(service));
    });
  }
}
