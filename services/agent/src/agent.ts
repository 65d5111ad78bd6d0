import type { HealthState, Logger, Service } from '@spanstream/runtime';
import type { Registry } from 'prom-client';
import { createAgentMetrics } from './metrics.ts';
import type { AgentOptions } from './options.ts';
import { createCollectorClient, type CollectorClient } from './reporter/collector-client.ts';
import { ForwardingQueue, type Deliver } from './reporter/forwarding-queue.ts';
import { createSamplingProxy, type SamplingProxy } from './sampling/sampling-proxy.ts';
import { EmitBatchTranscoder } from './transcode/emit-batch.ts';
import { createUdpServer, type BatchHandler, type UdpServer } from './udp/udp-server.ts';

export interface AgentDeps {
  readonly options: AgentOptions;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly health?: HealthState;
  /**
   * Where batches go instead of the collectors' gRPC (the all-in-one hands them to its own
   * collector). Without it the agent calls `options.collectors`.
   */
  readonly deliver?: Deliver;
}

export interface Agent extends Service {
  /** Bound ports once started: the UDP processors by name, and `http`. */
  readonly ports: Readonly<Record<string, number>>;
  readonly queue: ForwardingQueue;
}

/** How long a stopping agent tries to deliver what it holds. */
const DRAIN_TIMEOUT_MS = 5_000;

/**
 * Jaeger's agent: UDP Thrift listeners → transcoder → bounded forwarding queue → collectors over
 * gRPC; and the sampling HTTP port proxying the collectors' SamplingManager with a cache.
 */
export function createAgent(deps: AgentDeps): Agent {
  const { options } = deps;
  const logger = deps.logger.child({ component: 'agent' });
  let client: CollectorClient | undefined;
  const collectorClient = (): CollectorClient =>
    (client ??= createCollectorClient({
      hostPorts: options.collectors,
      tls: options.tls,
      timeoutMs: options.timeoutMs,
      maxReconnectBackoffMs: options.queue.maxBackoffMs,
    }));
  const deliver: Deliver = deps.deliver ?? ((request) => collectorClient().postSpans(request));
  const metrics = createAgentMetrics(deps.registry, {
    batches: () => queue.length,
    spans: () => queue.spans,
    capacity: () => options.queue.capacity,
  });
  const queue = new ForwardingQueue(deliver, options.queue, metrics, logger);
  const onBatch: BatchHandler = (batch) => void queue.offer(batch.request, batch.spans, batch.format);
  const udp: [string, UdpServer][] = options.udp.map((processor) => [
    processor.name,
    createUdpServer(
      processor,
      new EmitBatchTranscoder(options.processTags, options.agentTags),
      onBatch,
      metrics,
      logger,
    ),
  ]);
  const sampling: SamplingProxy | undefined =
    options.httpHostPort === undefined
      ? undefined
      : createSamplingProxy(
          options.httpHostPort,
          (request) => collectorClient().getSamplingStrategy(request),
          metrics,
          logger,
        );
  const ports: Record<string, number> = {};
  let state: 'new' | 'started' | 'stopped' = 'new';

  const stopListeners = () =>
    Promise.allSettled([...udp.map(([, server]) => server.stop()), sampling?.stop()]);

  return {
    name: 'agent',
    ports,
    queue,
    async start() {
      if (state !== 'new') return;
      state = 'started';
      try {
        for (const [name, server] of udp) ports[name] = await server.start();
        if (sampling !== undefined) ports.http = await sampling.start();
      } catch (error) {
        await stopListeners();
        throw error;
      }
      logger.info({ ports }, 'agent listening');
      deps.health?.setCondition('agent', undefined);
    },
    async stop() {
      if (state !== 'started') {
        state = 'stopped';
        return;
      }
      state = 'stopped';
      deps.health?.setCondition('agent', 'stopping');
      await stopListeners();
      await queue.close(DRAIN_TIMEOUT_MS);
      client?.close();
      logger.info('agent stopped');
    },
  };
}
