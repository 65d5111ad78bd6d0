import { freePort } from '@spanstream/testkit';

/**
 * Options as flag name (without dashes) → value: a CR's `spec.*.options` entry and, through `asFlags`,
 * a command line. One shape for both, so `npm start -- <flags>` and `spanstream up` tests share it.
 */
export type Options = Readonly<Record<string, string>>;

export const asFlags = (options: Options): string[] =>
  Object.entries(options).map(([key, value]) => `--${key}=${value}`);

/**
 * Every listener of a deployment on 127.0.0.1 off Jaeger's ports (tests run side by side): the ones a
 * test talks to on free ports, the rest ephemeral (port 0) or off.
 */
export interface Listeners {
  readonly otlpHttpPort: number;
  readonly queryPort: number;
  /** The collector's (and the all-in-one's) sampling endpoint, Jaeger's :5778 `/sampling`. */
  readonly samplingPort: number;
  /** The all-in-one's UDP Thrift-compact listener, Jaeger's agent port 6831. */
  readonly agentCompactPort: number;
  /** The collector's receivers (the all-in-one has them too). */
  readonly collector: Options;
  /** The query service's listeners. */
  readonly query: Options;
  /** The all-in-one's UDP listeners (the agent's, inside the all-in-one). */
  readonly udp: Options;
  /** `admin.http.host-port` on a fresh free port, one per process that has an admin server. */
  readonly admin: () => Promise<Options>;
}

export async function freeListeners(): Promise<Listeners> {
  const [otlpHttpPort, queryPort, samplingPort, agentCompactPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  return {
    otlpHttpPort,
    queryPort,
    samplingPort,
    agentCompactPort,
    collector: {
      'collector.otlp.http.host-port': `127.0.0.1:${String(otlpHttpPort)}`,
      'collector.otlp.grpc.host-port': '',
      'collector.grpc-server.host-port': '',
      'collector.http-server.host-port': '',
      'collector.zipkin.host-port': '',
      'collector.sampling.http.host-port': `127.0.0.1:${String(samplingPort)}`,
    },
    query: {
      'query.http-server.host-port': `127.0.0.1:${String(queryPort)}`,
      'query.grpc-server.host-port': '127.0.0.1:0',
    },
    udp: {
      'processor.jaeger-compact.server-host-port': `127.0.0.1:${String(agentCompactPort)}`,
      'processor.jaeger-binary.server-host-port': '127.0.0.1:0',
      'processor.zipkin-compact.server-host-port': '127.0.0.1:0',
    },
    admin: async () => ({ 'admin.http.host-port': `127.0.0.1:${String(await freePort())}` }),
  };
}
