import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Jaeger } from '../cr/schema.ts';
import { planTopology } from '../topology/plan.ts';
import { PROGRAMS, programAvailable } from '../topology/programs.ts';
import { startSupervisor } from './supervisor.ts';

export interface UpOptions {
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;
  readonly write: (line: string) => void;
}

/**
 * `spanstream up`: plans the CR's processes, writes their files, runs the `pre*` build steps, and
 * supervises them until SIGINT/SIGTERM. Resolves with the exit code.
 */
export async function runUp(cr: Jaeger, options: UpOptions): Promise<number> {
  const say = (message: string): void => {
    options.write(`spanstream | ${message}\n`);
  };
  const topology = planTopology(cr);
  for (const note of topology.notes) say(`not started: ${note}`);
  const processes = topology.processes.filter((p) => {
    if (programAvailable(p.program, options.root)) return true;
    say(`not started: ${p.name} (${PROGRAMS[p.program].entry} is not in this checkout)`);
    return p.critical;
  });
  const prepare = [...new Set(processes.flatMap((p) => PROGRAMS[p.program].prepare))];
  for (const script of prepare) {
    const result = spawnSync(process.execPath, [script], {
      cwd: options.root,
      env: options.env,
      stdio: 'inherit',
    });
    if (result.status !== 0) {
      say(`${script} failed (${String(result.status ?? result.signal)}): not starting`);
      return 1;
    }
  }
  const filesDir = mkdtempSync(join(tmpdir(), `spanstream-${cr.metadata.name}-`));
  for (const process of processes) {
    for (const [name, content] of Object.entries(process.files)) {
      writeFileSync(join(filesDir, name), `${JSON.stringify(content, null, 2)}\n`);
    }
  }
  const supervisor = startSupervisor({
    processes,
    root: options.root,
    filesDir,
    env: options.env,
    write: options.write,
  });
  const onSignal = (signal: NodeJS.Signals): void => {
    void supervisor.stop(signal, 0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await supervisor.done;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(filesDir, { recursive: true, force: true });
  }
}
