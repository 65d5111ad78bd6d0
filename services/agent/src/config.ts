import {
  clientTlsFromConfig,
  defineSchema,
  mergeSchemas,
  opt,
  parseHostPort,
  prefixSchema,
  tlsClientConfig,
  type ConfigValues,
  type HostPort,
} from '@spanstream/config';
import { parseCollectorTags, type KeyValue } from '@spanstream/model';
import { jaeger } from '@spanstream/proto';
import type { AgentOptions, UdpProcessorOptions } from './options.ts';

/** Jaeger's UDP processors: name, default port, wire protocol. */
const UDP_PROCESSORS = [
  { name: 'jaeger-compact', port: 6831, protocol: 'compact' },
  { name: 'jaeger-binary', port: 6832, protocol: 'binary' },
  { name: 'zipkin-compact', port: 5775, protocol: 'compact' },
] as const;

type ProcessorName = (typeof UDP_PROCESSORS)[number]['name'];

function processorConfig<const N extends ProcessorName>(name: N, port: number, what: string) {
  return prefixSchema(`processor.${name}`, {
    'server-host-port': opt.hostPortOrOff({ help: `UDP ${what}`, default: `127.0.0.1:${port}` }),
    'server-queue-size': opt.int({ help: 'datagrams waiting to be processed', default: 1000, min: 1 }),
    'server-max-packet-size': opt.int({
      help: 'largest datagram accepted in bytes',
      default: 65_000,
      min: 1,
    }),
    'server-socket-buffer-size': opt.int({
      help: 'socket receive buffer in bytes (0 = OS default)',
      default: 0,
      min: 0,
    }),
    workers: opt.int({
      help: 'Jaeger compatibility: accepted; datagrams are processed on the event loop',
      default: 10,
      min: 1,
    }),
  });
}

/** The UDP listeners' flags, shared by the agent and the all-in-one (Jaeger's `--processor.*`). */
export const udpProcessorsConfig = mergeSchemas(
  processorConfig('jaeger-compact', 6831, 'Thrift compact emitBatch (jaeger-client UDP senders)'),
  processorConfig('jaeger-binary', 6832, 'Thrift binary emitBatch (jaeger-client-node, -python...)'),
  processorConfig(
    'zipkin-compact',
    5775,
    "Thrift compact, the old clients' port (emitZipkinBatch, emitBatch)",
  ),
);

/** `--agent.tags`, shared by the agent and the all-in-one (Jaeger's v1 all-in-one took it too). */
export const agentTagsConfig = defineSchema({
  'agent.tags': opt.string({
    help: 'tags added to the process of every span received over UDP: key1=value1,key2=${ENV_VAR:default}',
    default: '',
  }),
});

export const agentOptionsConfig = mergeSchemas(
  udpProcessorsConfig,
  agentTagsConfig,
  defineSchema({
    'http-server.host-port': opt.hostPortOrOff({
      help: 'sampling strategies (/sampling, /) and /baggageRestrictions',
      default: '127.0.0.1:5778',
    }),
    'reporter.grpc.host-port': opt.stringList({
      help: 'collectors (host:port,...), called round-robin',
      default: ['127.0.0.1:14250'],
    }),
    'reporter.grpc.retry.max': opt.int({
      help: 'attempts for a batch a collector refuses (unreachable collectors are retried until the queue fills)',
      default: 3,
      min: 0,
    }),
    'reporter.grpc.retry.initial-backoff': opt.duration({
      help: 'Spanstream: first pause after a failed delivery',
      default: '100ms',
    }),
    'reporter.grpc.retry.max-backoff': opt.duration({
      help: 'Spanstream: longest pause between deliveries',
      default: '5s',
    }),
    'reporter.grpc.timeout': opt.duration({
      help: 'Spanstream: deadline of a call to a collector',
      default: '5s',
    }),
    'reporter.grpc.max-in-flight': opt.int({
      help: 'Spanstream: batches in delivery at once',
      default: 16,
      min: 1,
    }),
    'reporter.queue-size': opt.int({
      help: 'Spanstream: batches held while the collectors are unreachable; past it batches are dropped',
      default: 1000,
      min: 1,
    }),
  }),
  prefixSchema(
    'reporter.grpc',
    tlsClientConfig({
      enabled: 'connect to the collectors with TLS',
      ca: 'CA bundle (PEM file) to verify the collectors',
      cert: 'client certificate (PEM file)',
      key: 'client private key (PEM file)',
      skipHostVerify: 'do not verify the collector certificate',
      fileDefault: '',
    }),
  ),
);

export type AgentOptionValues = ConfigValues<typeof agentOptionsConfig>;
type UdpValues = ConfigValues<typeof udpProcessorsConfig>;

/** The UDP listeners that are on (an empty host-port turns one off). */
export function udpProcessorsFromConfig(values: UdpValues): UdpProcessorOptions[] {
  const out: UdpProcessorOptions[] = [];
  for (const { name, protocol } of UDP_PROCESSORS) {
    const get = (key: string) => values[`processor.${name}.${key}` as keyof UdpValues];
    const hostPort = get('server-host-port') as HostPort | undefined;
    if (hostPort === undefined) continue;
    out.push({
      name,
      protocol,
      hostPort,
      queueSize: get('server-queue-size') as number,
      maxPacketSize: get('server-max-packet-size') as number,
      socketBufferSize: get('server-socket-buffer-size') as number,
    });
  }
  return out;
}

/**
 * `--agent.tags` as string tags, and as api_v2 Process tag fields ready to append to a batch's
 * process; throws an Error naming the flag for a bad entry.
 */
export function agentTagsFromConfig(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): { agentTags: KeyValue[]; processTags: Uint8Array } {
  const parsed = parseCollectorTags(text, env);
  if ('error' in parsed) throw new Error(`--${parsed.error.replace(/^collector\.tags/, 'agent.tags')}`);
  const agentTags = parsed.tags.map((tag): KeyValue => ({
    key: tag.key,
    type: 'string',
    value: String(tag.value),
  }));
  const processTags = jaeger.api_v2.Process.encode({
    tags: agentTags.map((tag) => ({ key: tag.key, vStr: String(tag.value) })),
  }).finish();
  return { agentTags, processTags };
}

/** Agent options from loaded configuration; throws an Error naming the flag of a bad value. */
export function agentOptionsFromConfig(
  values: AgentOptionValues,
  env: Readonly<Record<string, string | undefined>>,
): AgentOptions {
  const collectors = values['reporter.grpc.host-port'].map((text) => {
    const hostPort = parseHostPort(text);
    if (hostPort === undefined) throw new Error(`--reporter.grpc.host-port: "${text}" is not host:port`);
    return hostPort;
  });
  if (collectors.length === 0) throw new Error('--reporter.grpc.host-port: give at least one collector');
  return {
    udp: udpProcessorsFromConfig(values),
    httpHostPort: values['http-server.host-port'],
    ...agentTagsFromConfig(values['agent.tags'], env),
    collectors,
    tls: clientTlsFromConfig(values, 'reporter.grpc'),
    timeoutMs: values['reporter.grpc.timeout'],
    queue: {
      capacity: values['reporter.queue-size'],
      maxInFlight: values['reporter.grpc.max-in-flight'],
      initialBackoffMs: values['reporter.grpc.retry.initial-backoff'],
      maxBackoffMs: values['reporter.grpc.retry.max-backoff'],
      maxRetries: values['reporter.grpc.retry.max'],
    },
  };
}

/** The reporter queue's defaults (the flags'), for an agent built without its flags (all-in-one). */
export const DEFAULT_QUEUE_OPTIONS = {
  capacity: 1000,
  maxInFlight: 16,
  initialBackoffMs: 100,
  maxBackoffMs: 5000,
  maxRetries: 3,
} as const;
