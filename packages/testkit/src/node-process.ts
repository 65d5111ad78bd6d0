import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

/** Output kept per stream: a failure message needs the tail, not megabytes of debug logs. */
const OUTPUT_LIMIT = 200_000;

export interface NodeProcessOptions {
  readonly args?: readonly string[];
  /** Node/V8 flags placed before the entry point, as a product's start command sets them. */
  readonly nodeArgs?: readonly string[];
  /**
   * Added to a clean environment (PATH only), so that a developer's own SPAN_STORAGE_TYPE or
   * COLLECTOR_* cannot leak in; with `inheritEnv`, added to this process's environment instead.
   */
  readonly env?: Readonly<Record<string, string>>;
  readonly inheritEnv?: boolean;
  /** Each stderr chunk is also written to this process's stderr, prefixed `[name] `. */
  readonly echoStderrAs?: string;
}

export interface NodeProcess {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  /** Every stdout line parsed as JSON (pino; `{ unparsed }` otherwise), in order. */
  readonly logs: Record<string, unknown>[];
  stdout(): string;
  stderr(): string;
  /** The exit code, or the signal name when killed by one. */
  readonly exited: Promise<number | string>;
  /** SIGTERM (unless already gone), then the exit code. */
  stop(): Promise<number | string>;
}

/** Runs a script (a service's `main.ts`) on this Node (24, type stripping). */
export function startNodeProcess(main: string, options: NodeProcessOptions = {}): NodeProcess {
  const base = options.inheritEnv === true ? process.env : { PATH: process.env['PATH'] ?? '' };
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), main, ...(options.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...base, ...options.env },
  });
  const logs: Record<string, unknown>[] = [];
  let stdoutText = '';
  let stderrText = '';
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdoutText = (stdoutText + chunk).slice(-OUTPUT_LIMIT);
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') logs.push(parseLine(line));
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderrText = (stderrText + chunk).slice(-OUTPUT_LIMIT);
    if (options.echoStderrAs !== undefined) process.stderr.write(`[${options.echoStderrAs}] ${chunk}`);
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    });
  });
  return {
    child,
    logs,
    stdout: () => stdoutText,
    stderr: () => stderrText,
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

function parseLine(line: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { unparsed: line };
  }
}

/**
 * Resolves once `url` answers 200 (an admin `/`); rejects with the process's output when it exits
 * first or `timeoutMs` passes. Readiness polling, not a timing assumption.
 */
export async function waitUntilServing(
  proc: NodeProcess,
  url: string,
  { timeoutMs = 60_000, name = 'process' }: { timeoutMs?: number; name?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | string | undefined;
  void proc.exited.then((code) => (exitCode = code));
  for (;;) {
    const output = () => `${proc.stdout().slice(-20_000)}${proc.stderr().slice(-20_000)}`;
    if (exitCode !== undefined) throw new Error(`${name} exited (${exitCode}) before ready:\n${output()}`);
    if (await answers200(url)) return;
    if (Date.now() > deadline) {
      proc.child.kill('SIGKILL');
      throw new Error(`${name} not ready after ${timeoutMs / 1000}s:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}
