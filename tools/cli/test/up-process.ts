import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '../src/topology/programs.ts';

/** `spanstream up -f <cr>` as a user runs it, with its combined log and the PIDs it reports. */
export interface UpProcess {
  readonly child: ChildProcess;
  readonly lines: string[];
  /** Every PID each process name was started with, in order. */
  readonly started: Map<string, number[]>;
  readonly exited: Promise<number | string>;
  log(): string;
}

export function startUp(crYaml: string): UpProcess {
  const dir = mkdtempSync(join(tmpdir(), 'spanstream-up-test-'));
  const file = join(dir, 'jaeger.yaml');
  writeFileSync(file, crYaml);
  const child = spawn(process.execPath, [join(REPO_ROOT, 'tools/cli/src/main.ts'), 'up', '-f', file], {
    cwd: REPO_ROOT,
    env: process.env,
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
