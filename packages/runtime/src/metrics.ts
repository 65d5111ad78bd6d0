import { Registry, collectDefaultMetrics } from 'prom-client';

export { Registry } from 'prom-client';

/**
 * One registry per process, injected into every component, never prom-client's global: two services in
 * one process (all-in-one) must not register the same metric twice by accident, and tests get a fresh
 * registry each. Default process metrics (CPU, RSS, event-loop lag, GC) are registered once here.
 */
export function createMetricsRegistry(options: { defaultMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  // The event-loop lag histogram samples with a timer: prom-client's default 10 ms wakes an idle
  // process 100 times a second (~0.3 % of a core, all of an idle collector's CPU); 100 ms costs
  // ~0.05 % and still measures each delay to the nanosecond (ADR 0110).
  if (options.defaultMetrics !== false)
    collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 100 });
  return registry;
}
