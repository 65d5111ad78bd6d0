import { fileURLToPath } from 'node:url';
import { freePort, startNodeProcess, type NodeProcess } from '@spanstream/testkit';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export type RunningProcess = NodeProcess;

/** Runs the all-in-one's main.ts on this Node (24, type stripping) with the given flags, in a clean environment plus `env`. */
export function startAllInOne(args: readonly string[], env: Record<string, string> = {}): RunningProcess {
  return startNodeProcess(MAIN, { args, env });
}

/** The UDP Thrift listeners on any free port (tests run in parallel; 6831/6832/5775 are shared). */
export const UDP_ANY_PORT = [
  '--processor.jaeger-compact.server-host-port=127.0.0.1:0',
  '--processor.jaeger-binary.server-host-port=127.0.0.1:0',
  '--processor.zipkin-compact.server-host-port=127.0.0.1:0',
];

/** Flags that move every listener of the all-in-one off its default port. */
export async function isolatedPorts(): Promise<{
  args: string[];
  otlpHttp: number;
  query: number;
  admin: number;
}> {
  const [otlpHttp, query, admin] = [await freePort(), await freePort(), await freePort()];
  const args = [
    `--collector.otlp.http.host-port=127.0.0.1:${otlpHttp}`,
    `--query.http-server.host-port=127.0.0.1:${query}`,
    `--admin.http.host-port=127.0.0.1:${admin}`,
    // The ones this test does not call: any free port.
    '--collector.otlp.grpc.host-port=127.0.0.1:0',
    '--collector.grpc-server.host-port=127.0.0.1:0',
    '--collector.http-server.host-port=127.0.0.1:0',
    '--collector.zipkin.host-port=127.0.0.1:0',
    '--collector.sampling.http.host-port=127.0.0.1:0',
    '--query.grpc-server.host-port=127.0.0.1:0',
    ...UDP_ANY_PORT,
  ];
  return { args, otlpHttp, query, admin };
}
