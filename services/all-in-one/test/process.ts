import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { freePort } from '@spanstream/testkit';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface RunningProcess {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  /** Every stdout line parsed as JSON (pino), in order. */
  readonly logs: Record<string, unknown>[];
  stderr(): string;
  /** Resolves with the exit code (or the signal name) once the process is gone. */
  readonly exited: Promise<number | string>;
}

/** Runs the all-in-one's main.ts on this Node (24, type stripping) with the given flags. */
export function startAllInOne(args: readonly string[], env: Record<string, string> = {}): RunningProcess {
  return startProcess(MAIN, args, env);
}

/** Runs a service entry point on this Node with the given flags and a clean environment plus `env`. */
function startProcess(
  main: string,
  args: readonly string[],
  env: Record<string, string> = {},
): RunningProcess {
  const child = spawn(process.execPath, [main, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // A clean environment: a developer's own SPAN_STORAGE_TYPE or COLLECTOR_* must not leak in.
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  const logs: Record<string, unknown>[] = [];
  let stdoutBuffer = '';
  let stderrText = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdoutBuffer += chunk;
    const lines = stdoutBuffer.split('\n');
    stdoutBuffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') logs.push(parseLine(line));
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderrText += chunk));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  return { child, logs, stderr: () => stderrText, exited };
}

function parseLine(line: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { unparsed: line };
  }
}

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
  ];
  return { args, otlpHttp, query, admin };
}
