import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessSpec, Program } from '../src/topology/plan.ts';
import type { ProgramCommand } from '../src/topology/programs.ts';
import { startSupervisor, type Supervisor } from '../src/up/supervisor.ts';

// Small scripts stand in for the services: the supervisor's rules, with real child processes.
const dir = mkdtempSync(join(tmpdir(), 'spanstream-supervisor-'));
const script = (name: string, body: string): string => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};
const STAYS_UP = script(
  'stays-up.mjs',
  `console.log('up'); process.on('SIGTERM', () => { console.log('draining'); process.exit(0); }); setInterval(() => {}, 1000);`,
);
const FAILS = script('fails.mjs', `console.error('cannot start: bad flag'); process.exit(1);`);
const CRASHES_LATER = script(
  'crashes-later.mjs',
  `console.log('up'); setTimeout(() => process.exit(3), 300);`,
);

const program = (entry: string): ProgramCommand => ({ nodeArgs: [], entry, prepare: [] });
const spec = (name: string, prog: Program, critical = true): ProcessSpec => ({
  name,
  program: prog,
  args: [],
  files: {},
  critical,
});

const running: Supervisor[] = [];
afterEach(async () => {
  for (const supervisor of running.splice(0)) await supervisor.stop('test over');
});

function supervise(processes: ProcessSpec[], programs: Partial<Record<Program, ProgramCommand>>) {
  const lines: string[] = [];
  const supervisor = startSupervisor({
    processes,
    root: dir,
    filesDir: dir,
    env: process.env,
    write: (line) => lines.push(line),
    startupGraceMs: 200,
    minBackoffMs: 100,
    maxBackoffMs: 400,
    stopTimeoutMs: 2000,
    programs: {
      ...Object.fromEntries(processes.map((p) => [p.program, program(STAYS_UP)])),
      ...programs,
    } as Record<Program, ProgramCommand>,
  });
  running.push(supervisor);
  return { supervisor, lines };
}

// Real child processes (Node start-up each): seconds on a loaded machine, past the unit project's 5 s default.
describe('startSupervisor', { timeout: 30_000 }, () => {
  it('prefixes every line with the process name and stops all on stop()', async () => {
    const { supervisor, lines } = supervise([spec('collector-0', 'collector'), spec('query-0', 'query')], {});
    await expect
      .poll(() => lines.filter((l) => /^(collector-0|query-0)\s+\| up$/.test(l.trim())).length)
      .toBe(2);
    expect(await supervisor.stop('SIGINT')).toBe(0);
    expect(lines.join('')).toMatch(/collector-0 \| draining/);
    expect(lines.join('')).toContain('all processes stopped');
    expect(supervisor.pids().size).toBe(0);
  });

  it('restarts a process that crashes after starting, with growing delays', async () => {
    const { lines, supervisor } = supervise([spec('ingester-0', 'ingester')], {
      ingester: program(CRASHES_LATER),
    });
    await expect
      .poll(() => lines.filter((l) => l.includes('started ingester-0')).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(3);
    const delays = lines.flatMap(
      (l) => /exited \(code 3\) after [\d.]+s; restarting in ([\d.]+)s/.exec(l)?.[1] ?? [],
    );
    expect(delays.slice(0, 2)).toEqual(['0.1', '0.2']);
    await supervisor.stop('done');
  });

  it('stops everything when a critical process cannot start, and exits 1', async () => {
    const { supervisor, lines } = supervise([spec('query-0', 'query'), spec('collector-0', 'collector')], {
      collector: program(FAILS),
    });
    expect(await supervisor.done).toBe(1);
    expect(lines.join('')).toContain('collector-0 | cannot start: bad flag');
    expect(lines.join('')).toContain('collector-0 exited during startup (code 1): stopping everything');
  });

  it('goes on without an optional process that cannot start', async () => {
    const { supervisor, lines } = supervise(
      [spec('query-0', 'query'), spec('aggregator', 'aggregator', false)],
      { aggregator: program(FAILS) },
    );
    await expect
      .poll(() => lines.join(''))
      .toContain('aggregator exited during startup (code 1); the others go on without it');
    await expect.poll(() => lines.join('')).toContain('query-0 is up');
    expect([...supervisor.pids().keys()]).toEqual(['query-0']);
  });
});
