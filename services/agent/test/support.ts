import { createSocket } from 'node:dgram';
import { createAllInOne, createAllInOneStorage, allInOneConfig } from '@spanstream/all-in-one';
import { encodeJaegerThriftEmitBatch } from '@spanstream/codec';
import {
  createCollector,
  DEFAULT_COLLECTOR_OPTIONS,
  type Collector,
  type CollectorOptions,
} from '@spanstream/collector';
import { loadConfig } from '@spanstream/config';
import type { Micros, Process, Span, SpanId, TraceId } from '@spanstream/model';
import {
  createHealthState,
  createLogger,
  createMetricsRegistry,
  type Registry,
  type Service,
} from '@spanstream/runtime';
import { spanWriterSink } from '@spanstream/storage-api';
import { createMemoryStore, type MemorySpanStore } from '@spanstream/storage-memory';
import { createAgent, type Agent } from '../src/agent.ts';
import { agentOptionsFromConfig } from '../src/config.ts';
import { agentConfig } from '../src/main-config.ts';

const logger = createLogger({ level: 'silent' });

const ANY_PORT = '127.0.0.1:0';

/** An agent in this process, every listener on a free port, with these extra flags. */
export async function startAgent(
  collectors: readonly string[],
  flags: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<{ agent: Agent; registry: Registry }> {
  const outcome = loadConfig(agentConfig, {
    argv: [
      `--processor.jaeger-compact.server-host-port=${ANY_PORT}`,
      `--processor.jaeger-binary.server-host-port=${ANY_PORT}`,
      `--processor.zipkin-compact.server-host-port=${ANY_PORT}`,
      `--http-server.host-port=${ANY_PORT}`,
      `--reporter.grpc.host-port=${collectors.join(',')}`,
      ...flags,
    ],
    env: {},
  });
  if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
  const registry = createMetricsRegistry({ defaultMetrics: false });
  const agent = createAgent({ options: agentOptionsFromConfig(outcome.values, env), logger, registry });
  await agent.start();
  return { agent, registry };
}

/** The all-in-one in this process (memory store, query), every listener on a free port. */
export async function startAllInOne(flags: readonly string[] = []): Promise<{
  ports: Record<string, number>;
  stop: () => Promise<void>;
}> {
  const listeners = Object.keys(allInOneConfig)
    .filter((key) => key.endsWith('host-port') && key !== 'admin.http.host-port')
    .map((key) => `--${key}=${ANY_PORT}`);
  const outcome = loadConfig(allInOneConfig, {
    argv: [...listeners, '--admin.http.host-port=127.0.0.1:0', ...flags],
    env: {},
  });
  if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
  const registry = createMetricsRegistry({ defaultMetrics: false });
  const health = createHealthState();
  const storage = await createAllInOneStorage(outcome.values, {
    logger,
    registry,
    health,
    onFatal: (reason) => {
      throw new Error(reason);
    },
  });
  const allInOne = createAllInOne({ config: outcome.values, logger, registry, health, env: {}, storage });
  const started: Service[] = [];
  for (const service of allInOne.services) {
    await service.start();
    started.push(service);
  }
  return {
    ports: allInOne.ports(),
    stop: async () => {
      for (const service of started.toReversed()) await service.stop();
    },
  };
}

/** A collector in this process: only its Jaeger gRPC receiver (PostSpans, SamplingManager), writing to `store`. */
export async function startCollector(
  store: MemorySpanStore,
  port: number,
  options: Partial<CollectorOptions> = {},
): Promise<Collector> {
  const collector = createCollector({
    sink: spanWriterSink(store),
    logger,
    registry: createMetricsRegistry({ defaultMetrics: false }),
    options: {
      ...DEFAULT_COLLECTOR_OPTIONS,
      otlpHttpHostPort: undefined,
      otlpGrpcHostPort: undefined,
      httpHostPort: undefined,
      zipkinHostPort: undefined,
      samplingHostPort: undefined,
      grpcHostPort: { host: '127.0.0.1', port },
      ...options,
    },
  });
  await collector.start();
  return collector;
}

export { createMemoryStore };

/** Spans numbered from `first`, each its own trace, for the batches a test sends. */
export function testSpans(first: number, count: number, operationName = 'op'): Span[] {
  return Array.from({ length: count }, (_, i) => ({
    traceId: (first + i + 1).toString(16).padStart(32, '0') as TraceId,
    spanId: (first + i + 1).toString(16).padStart(16, '0') as SpanId,
    operationName,
    references: [],
    flags: 1,
    startTime: (Date.now() * 1000) as Micros,
    duration: 1000 as Micros,
    tags: [{ key: 'n', type: 'int64', value: BigInt(first + i) }],
    logs: [],
    process: { serviceName: 'udp-svc', tags: [] },
    warnings: [],
  }));
}

const client = createSocket('udp4');
client.unref();

/** Sends one datagram to 127.0.0.1:port. */
export function sendDatagram(port: number, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    client.send(bytes, port, '127.0.0.1', (error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}

/** An emitBatch datagram as a jaeger-client sends it. */
export function emitBatch(process: Process, spans: readonly Span[], protocol: 'compact' | 'binary'): Buffer {
  return encodeJaegerThriftEmitBatch(process, spans, protocol);
}

/** The value of a counter or gauge (summed over labels matching `labels`). */
export async function metric(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const found = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  if (found === undefined) throw new Error(`no metric ${name}`);
  return (found.values as { value: number; labels: Record<string, unknown> }[])
    .filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))
    .reduce((sum, v) => sum + v.value, 0);
}
