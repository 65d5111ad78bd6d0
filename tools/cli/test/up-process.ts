import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROGRAMS, REPO_ROOT } from '../src/topology/programs.ts';

/** `spanstream up -f <cr>` as a user runs it, with its combined log and the PIDs it reports. */
export interface UpProcess {
  readonly child: ChildProcess;
  readonly lines: string[];
  /** Every PID each process name was started with, in order. */
  readonly started: Map<string, number[]>;
  readonly exited: Promise<number | string>;
  log(): string;
}

/** Runs `spanstream up` on `crYaml`, with `env` added to this process's environment. */
export function startUp(crYaml: string, env: Readonly<Record<string, string>> = {}): UpProcess {
  const dir = mkdtempSync(join(tmpdir(), 'spanstream-up-test-'));
  const file = join(dir, 'jaeger.yaml');
  writeFileSync(file, crYaml);
  const child = spawn(process.execPath, [join(REPO_ROOT, 'tools/cli/src/main.ts'), 'up', '-f', file], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const started = new Map<string, number[]>();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      const match = /\| started (\S+) \(pid (\d+)\)/.exec(line);
      if (match !== null) started.set(match[1]!, [...(started.get(match[1]!) ?? []), Number(match[2])]);
    });
  }
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    });
  });
  return { child, lines, started, exited, log: () => lines.slice(-60).join('\n') };
}

/** Alive and not a zombie (a dead child not yet reaped by whoever adopted it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export const allPids = (up: UpProcess): number[] => [...up.started.values()].flat();

/**
 * The build steps `up` runs first (web UI, collector bundle) take a minute on a fresh clone: run them
 * once in a hook, under its timeout, so that the tests' polls time only the processes.
 */
export function runPrepareSteps(): void {
  for (const script of new Set(Object.values(PROGRAMS).flatMap((p) => p.prepare))) {
    const result = spawnSync(process.execPath, [script], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${script} failed (${String(result.status ?? result.signal)})`);
  }
}

/** Resolves once the query API answers under `basePath`; fails at once, with the log, if `up` has exited. */
export async function queryAnswers(up: UpProcess, port: number, basePath = ''): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (up.child.exitCode !== null) throw new Error(`spanstream up exited:\n${up.log()}`);
    const status = await fetch(`http://127.0.0.1:${String(port)}${basePath}/api/services`).then(
      (r) => r.status,
      () => undefined,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`query :${String(port)} not answering:\n${up.log()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Throws with the log when `up` has exited (a `roundTrip` liveness check). */
export const stillUp = (up: UpProcess) => (): void => {
  if (up.child.exitCode !== null) throw new Error(`spanstream up exited:\n${up.log()}`);
};
