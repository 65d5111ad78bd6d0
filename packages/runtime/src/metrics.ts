import { Registry, collectDefaultMetrics } from 'prom-client';

export { Registry } from 'prom-client';

/**
 * One registry per process, injected into every component, never prom-client's global: two services in
 * one process (all-in-one) must not register the same metric twice by accident, and tests get a fresh
 * registry each. Default process metrics (CPU, RSS, event-loop lag, GC) are registered once here.
 */
export function createMetricsRegistry(options: { defaultMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  return registry;
}
