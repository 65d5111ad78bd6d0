import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { jdk17, jdk21plus } from '../java.ts';
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
  jdk21: (env) => finds(() => jdk21plus(env)),
  chromium: (env) => onPath('chromium', env),
};

/** `apt-cache policy <pkg>` names a candidate version (not `(none)`). */
function aptHas(pkg: string): boolean {
  const result = spawnSync('apt-cache', ['policy', pkg], { encoding: 'utf8' });
  const candidate = /Candidate:\s*(\S+)/.exec(result.stdout)?.[1];
  return candidate !== undefined && candidate !== '(none)';
}

function machineState(env: NodeJS.ProcessEnv): MachineState {
  const present = new Set(
    (Object.keys(PRESENT) as Requirement[]).filter((requirement) => PRESENT[requirement](env)),
  );
  return { present, apt: onPath('apt-get', env), root: process.getuid?.() === 0, aptHas };
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
 * `apt-get update` and a noninteractive install of what is missing; otherwise (or for what apt
 * cannot install, a JDK 21 on Debian 12) throws an Error whose message is the one command to run.
 */
export function ensureSystemPackages(required: readonly Requirement[], env: NodeJS.ProcessEnv): void {
  let machine = machineState(env);
  let plan: SystemPackagePlan = planSystemPackages(required, machine);
  if (plan.missing.length === 0) return;
  console.log(`system packages: missing ${plan.missing.join(', ')}`);
  if (machine.apt && machine.root) {
    // Candidates are only known once the package lists exist: update first, then plan again.
    apt(['update', '-qq']);
    plan = planSystemPackages(required, machine);
    if (plan.packages.length > 0) apt(['install', '-y', '-qq', ...plan.packages]);
    machine = machineState(env);
    plan = planSystemPackages(required, machine);
    if (plan.missing.length === 0) return;
  }
  throw new Error(
    `missing ${plan.missing.join(', ')}; run:\n  ${plan.command ?? '(no command known)'}${
      plan.missing.includes('jdk21')
        ? '\n  (or set SPANSTREAM_STACK_JDK21 to the home of a JDK 21 or newer)'
        : ''
    }`,
  );
}

/** `npm run stack -- deps` (and `npm test`'s pretest): everything `npm test` needs on the machine. */
export function deps(env: NodeJS.ProcessEnv): void {
  ensureSystemPackages(TEST_REQUIREMENTS, env);
  console.log('system packages: redis-server, unzip, maven, JDK 17, JDK 21+, chromium present');
}
