import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FILES_DIR, type ProcessSpec, type Program } from '../topology/plan.ts';
import { PROGRAMS, type ProgramCommand } from '../topology/programs.ts';
import { prefixLines } from './line-prefixer.ts';

export interface SupervisorOptions {
  readonly processes: readonly ProcessSpec[];
  /** Repository root: the working directory and base of the entry points. */
  readonly root: string;
  /** Where the processes' files (UI config, sampling strategies) were written. */
  readonly filesDir: string;
  readonly env: NodeJS.ProcessEnv;
  /** Receives every line of the combined log, newline included. */
  readonly write: (line: string) => void;
  /** First restart delay; doubles per consecutive crash up to `maxBackoffMs`. */
  readonly minBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** A first start that exits sooner is a startup failure, not a crash: no restart. */
  readonly startupGraceMs?: number;
  /** Up this long, a process's crash count starts again from zero. */
  readonly stableAfterMs?: number;
  /** SIGTERM, then SIGKILL after this long. */
  readonly stopTimeoutMs?: number;
  /** How each program is started (tests pass small scripts). */
  readonly programs?: Readonly<Record<Program, ProgramCommand>>;
}

export interface Supervisor {
  /** Resolves with the exit code of `spanstream up` once every child is gone. */
  readonly done: Promise<number>;
  /** Stops every child (SIGTERM, then SIGKILL after the timeout). Idempotent. */
  stop(reason: string, code?: number): Promise<number>;
  /** Current PIDs by process name. */
  pids(): ReadonlyMap<string, number>;
}

interface Slot {
  readonly spec: ProcessSpec;
  child?: ChildProcess | undefined;
  startedAt: number;
  everStarted: boolean;
  /** This launch has passed the grace period (logged once per launch). */
  confirmed: boolean;
  crashes: number;
  restartTimer?: NodeJS.Timeout | undefined;
  exited?: Promise<void>;
}

const PARENT_WATCH = pathToFileURL(join(import.meta.dirname, 'parent-watch.ts')).href;

/**
 * Runs the topology's processes: each one restarted with exponential backoff when it crashes, all
 * logs combined with the process name in front, and all stopped on `stop` (Ctrl-C, SIGTERM). Every
 * child preloads parent-watch.ts, so none outlives a supervisor killed with SIGKILL.
 */
export function startSupervisor(options: SupervisorOptions): Supervisor {
  const minBackoff = options.minBackoffMs ?? 1000;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const grace = options.startupGraceMs ?? 5000;
  const stableAfter = options.stableAfterMs ?? 30_000;
  const stopTimeout = options.stopTimeoutMs ?? 15_000;
  const width = Math.max('spanstream'.length, ...options.processes.map((p) => p.name.length));
  const log = (message: string): void => {
    options.write(`${'spanstream'.padEnd(width)} | ${message}\n`);
  };
  const slots = options.processes.map((spec): Slot => ({
    spec,
    startedAt: 0,
    everStarted: false,
    confirmed: false,
    crashes: 0,
  }));
  let stopping: Promise<number> | undefined;
  let resolveDone: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => {
    resolveDone = resolve;
  });

  const launch = (slot: Slot): void => {
    const command = (options.programs ?? PROGRAMS)[slot.spec.program];
    const args = slot.spec.args.map((a) => a.replaceAll(FILES_DIR, options.filesDir));
    const child = spawn(
      process.execPath,
      [...command.nodeArgs, '--import', PARENT_WATCH, command.entry, ...args],
      {
        cwd: options.root,
        env: { ...options.env, SPANSTREAM_SUPERVISOR_PID: String(process.pid) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    slot.child = child;
    slot.startedAt = Date.now();
    slot.confirmed = false;
    const prefix = slot.spec.name.padEnd(width);
    prefixLines(child.stdout, prefix, options.write);
    prefixLines(child.stderr, prefix, options.write);
    slot.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        slot.child = undefined;
        onExit(slot, code, signal);
        resolve();
      });
    });
    child.on('error', (error) => {
      log(`${slot.spec.name}: cannot start: ${error.message}`);
    });
    log(`started ${slot.spec.name} (pid ${String(child.pid)}): ${command.entry} ${args.join(' ')}`);
  };

  const onExit = (slot: Slot, code: number | null, signal: NodeJS.Signals | null): void => {
    const how = signal === null ? `code ${String(code)}` : `signal ${signal}`;
    const upMs = Date.now() - slot.startedAt;
    if (stopping !== undefined) {
      log(`${slot.spec.name} stopped (${how})`);
      return;
    }
    if (!slot.everStarted && upMs < grace) {
      if (slot.spec.critical) {
        log(`${slot.spec.name} exited during startup (${how}): stopping everything (see its log above)`);
        void stop(`${slot.spec.name} failed to start`, 1);
      } else {
        log(`${slot.spec.name} exited during startup (${how}); the others go on without it`);
      }
      return;
    }
    slot.everStarted = true;
    slot.crashes = upMs >= stableAfter ? 1 : slot.crashes + 1;
    const delay = Math.min(maxBackoff, minBackoff * 2 ** (slot.crashes - 1));
    log(
      `${slot.spec.name} exited (${how}) after ${(upMs / 1000).toFixed(1)}s; restarting in ${(delay / 1000).toFixed(1)}s`,
    );
    slot.restartTimer = setTimeout(() => {
      slot.restartTimer = undefined;
      if (stopping === undefined) launch(slot);
    }, delay);
  };

  const stop = (reason: string, code = 0): Promise<number> => {
    stopping ??= (async () => {
      log(`stopping (${reason})`);
      for (const slot of slots) {
        clearTimeout(slot.restartTimer);
        slot.child?.kill('SIGTERM');
      }
      const killer = setTimeout(() => {
        for (const slot of slots) {
          if (slot.child !== undefined)
            log(`${slot.spec.name} still running after ${String(stopTimeout)} ms: SIGKILL`);
          slot.child?.kill('SIGKILL');
        }
      }, stopTimeout);
      await Promise.all(slots.filter((s) => s.child !== undefined).map((s) => s.exited ?? Promise.resolve()));
      clearTimeout(killer);
      log('all processes stopped');
      resolveDone(code);
      return code;
    })();
    return stopping;
  };

  // A process that stays up past the grace period counts as started: later exits are crashes.
  const graceTimer = setInterval(
    () => {
      for (const slot of slots) {
        if (slot.child === undefined || slot.confirmed || Date.now() - slot.startedAt < grace) continue;
        log(`${slot.spec.name} is up (pid ${String(slot.child.pid)})`);
        slot.confirmed = true;
        slot.everStarted = true;
      }
    },
    Math.max(100, Math.floor(grace / 4)),
  );
  graceTimer.unref();
  void done.then(() => {
    clearInterval(graceTimer);
  });

  for (const slot of slots) launch(slot);
  return {
    done,
    stop,
    pids: () =>
      new Map(
        slots.flatMap((s) => (s.child?.pid === undefined ? [] : [[s.spec.name, s.child.pid] as const])),
      ),
  };
}
