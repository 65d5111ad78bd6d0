import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@spanstream/testkit';
import { jaegerConfig, type JaegerSetup } from './jaeger-config.ts';

export interface JaegerProcess {
  readonly queryUrl: string;
  /** OTLP/HTTP traces endpoint. */
  readonly otlpUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/** What to run; ports are chosen here. Every instance has an OTLP receiver (a collector needs a pipeline). */
export type JaegerPlan = Omit<JaegerSetup, 'queryPort' | 'grpcPort' | 'otlpPort'>;

/** Starts the Jaeger binary with `plan` on free ports; resolves once its query API answers. */
export async function startJaeger(binary: string, plan: JaegerPlan): Promise<JaegerProcess> {
  const setup: JaegerSetup = {
    ...plan,
    queryPort: await freePort(),
    grpcPort: await freePort(),
    otlpPort: await freePort(),
  };
  const child = spawnJaeger(binary, jaegerConfig(setup));
  const queryUrl = `http://127.0.0.1:${setup.queryPort}`;
  const jaeger: JaegerProcess = {
    queryUrl,
    otlpUrl: `http://127.0.0.1:${setup.otlpPort}/v1/traces`,
    output: child.output,
    stop: child.stop,
  };
  try {
    await waitJaegerAnswers(child, `${queryUrl}/api/services`);
  } catch (error) {
    await jaeger.stop();
    throw error;
  }
  return jaeger;
}

/** A running Jaeger binary, whatever its configuration (the side-by-side bench runs one role per process). */
export interface JaegerChild {
  readonly pid: number;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** SIGTERM (SIGKILL after 15 s), then removes its config file. */
  readonly stop: () => Promise<void>;
}

/** Writes `config` (an OTel Collector config with Jaeger's extensions) to a temporary file and runs Jaeger on it. */
export function spawnJaeger(binary: string, config: Record<string, unknown>): JaegerChild {
  const dir = mkdtempSync(join(tmpdir(), 'interop-jaeger-'));
  const configFile = join(dir, 'jaeger.yaml');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  // jaeger_query traces itself to localhost:4317 unless sampling is off.
  const child = spawn(binary, ['--config', configFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      OTEL_TRACES_SAMPLER: 'always_off',
    },
  });
  let text = '';
  const append = (chunk: string) => {
    text = (text + chunk).slice(-20_000);
  };
  child.stdout.setEncoding('utf8').on('data', append);
  child.stderr.setEncoding('utf8').on('data', append);
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      resolve();
    }),
  );
  return {
    pid: child.pid!,
    child,
    output: () => text,
    stop: async () => {
      await stop(child, exited);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once `url` answers `status` (200 by default); rejects with Jaeger's output if it exits first or within 90 s. */
export async function waitJaegerAnswers(jaeger: JaegerChild, url: string, status = 200): Promise<void> {
  await waitAnswers(url, status, jaeger.child, jaeger.output);
}

async function waitAnswers(
  url: string,
  status: number,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`jaeger exited ${child.exitCode}: ${lastLine(output())}\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === status) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`jaeger not ready in 90 s: ${lastLine(output())}\n${output()}`);
    // Readiness polling, not a timing assumption.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** The last non-empty line of Jaeger's output (its fatal error), for a one-line message. */
function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .at(-1) ?? ''
  );
}
