import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { jdk17 } from '../java.ts';
import {
  planSystemPackages,
  TEST_REQUIREMENTS,
  type MachineState,
  type Requirement,
  type SystemPackagePlan,
} from '../system-packages.ts';

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function finds(lookup: () => string): boolean {
  try {
    lookup();
    return true;
  } catch {
    return false;
  }
}

const PRESENT: Record<Requirement, (env: NodeJS.ProcessEnv) => boolean> = {
  'redis-server': (env) => onPath('redis-server', env),
  unzip: (env) => onPath('unzip', env),
  maven: (env) => onPath('mvn', env),
  jdk17: (env) => finds(() => jdk17(env)),
  chromium: (env) => onPath('chromium', env),
};

/**
 * What this machine has, as `env` shows it: commands on its PATH, JDKs under SPANSTREAM_STACK_JVM_ROOT
 * (default /usr/lib/jvm) or JAVA_HOME. A PATH and a JVM root that hide tools show what a fresh machine
 * would lack (tools/stack/test/deps.test.ts, `deps --dry-run`).
 */
export function machineState(env: NodeJS.ProcessEnv, uid = process.getuid?.()): MachineState {
  const present = new Set(
    (Object.keys(PRESENT) as Requirement[]).filter((requirement) => PRESENT[requirement](env)),
  );
  return { present, apt: onPath('apt-get', env), root: uid === 0 };
}

function apt(args: readonly string[]): void {
  console.log(`  apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * Makes sure the machine has what `required` names: nothing to do → silent; root with apt-get →
 * `apt-get update` and a noninteractive install of what is missing (with `dryRun`, only printed);
 * otherwise throws an Error whose message is the one command to run.
 */
export function ensureSystemPackages(
  required: readonly Requirement[],
  env: NodeJS.ProcessEnv,
  { dryRun = false }: { dryRun?: boolean } = {},
): void {
  const machine = machineState(env);
  const plan: SystemPackagePlan = planSystemPackages(required, machine);
  if (plan.missing.length === 0) return;
  console.log(`system packages: missing ${plan.missing.join(', ')}`);
  if (plan.install) {
    if (dryRun) {
      console.log(`  would run: apt-get update -qq && apt-get install -y -qq ${plan.packages.join(' ')}`);
      return;
    }
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', ...plan.packages]);
    const after = planSystemPackages(required, machineState(env));
    if (after.missing.length === 0) return;
    throw new Error(`still missing after apt-get install: ${after.missing.join(', ')}`);
  }
  throw new Error(`missing ${plan.missing.join(', ')}; run:\n  ${plan.command ?? '(no command known)'}`);
}

/** `npm run stack -- deps [--dry-run]` (and `npm test`'s pretest): everything `npm test` needs on the machine. */
export function deps(env: NodeJS.ProcessEnv, options: { dryRun?: boolean } = {}): void {
  ensureSystemPackages(TEST_REQUIREMENTS, env, options);
  console.log(
    options.dryRun === true
      ? 'system packages: dry run, nothing installed'
      : 'system packages: redis-server, unzip, maven, JDK 17, chromium present',
  );
}
