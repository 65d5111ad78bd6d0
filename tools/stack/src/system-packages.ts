import type { ServiceName } from './service.ts';

/**
 * What a fresh Debian machine lacks for `npm test`: the tools the stack provisions and runs its
 * servers with, and the browser the UI tests drive. Pure decision logic (which packages are missing →
 * which command); commands/deps.ts probes the machine and runs it.
 */
export type Requirement = 'redis-server' | 'unzip' | 'maven' | 'jdk17' | 'chromium';

/**
 * What each server of the stack needs to be provisioned (Maven Central, unzip) and run (its JDK): all on
 * Java 17, which every Debian from 12 on packages (the schema registry is Apicurio 2.6 for that: ADR 0099).
 */
const JVM_SERVER: readonly Requirement[] = ['maven', 'unzip', 'jdk17'];
const SERVICE_REQUIREMENTS: Readonly<Record<ServiceName, readonly Requirement[]>> = {
  redis: ['redis-server'],
  kafka: JVM_SERVER,
  'schema-registry': JVM_SERVER,
  elasticsearch: JVM_SERVER,
  opensearch: JVM_SERVER,
  cassandra: JVM_SERVER,
  'kafka-cluster-1': JVM_SERVER,
  'kafka-cluster-2': JVM_SERVER,
  'kafka-cluster-3': JVM_SERVER,
};

/** Everything `npm test` needs on the machine (the `pretest` check): the stack's tools and Chromium. */
export const TEST_REQUIREMENTS: readonly Requirement[] = [
  'redis-server',
  'unzip',
  'maven',
  'jdk17',
  'chromium',
];

/** The Debian package of each requirement. */
const DEBIAN_PACKAGE: Readonly<Record<Requirement, string>> = {
  'redis-server': 'redis-server',
  unzip: 'unzip',
  maven: 'maven',
  jdk17: 'openjdk-17-jdk-headless',
  chromium: 'chromium',
};

/** What the machine has, as commands/deps.ts finds out. */
export interface MachineState {
  /** Requirements already met (a command on PATH, a JDK of the right version). */
  readonly present: ReadonlySet<Requirement>;
  /** Whether `apt-get` exists. */
  readonly apt: boolean;
  /** Whether we run as root (so apt-get may be run without asking). */
  readonly root: boolean;
}

export interface SystemPackagePlan {
  readonly missing: readonly Requirement[];
  /** Debian packages that satisfy the missing requirements apt can install. */
  readonly packages: readonly string[];
  /** True when we run apt-get ourselves (root + apt-get); else `command` is printed. */
  readonly install: boolean;
  /** The one command for the operator to run when we do not install ourselves. */
  readonly command?: string;
}

/** Which requirements are missing, which packages cover them, and who installs them. */
export function planSystemPackages(
  required: readonly Requirement[],
  machine: MachineState,
): SystemPackagePlan {
  const missing = [...new Set(required)].filter((requirement) => !machine.present.has(requirement));
  if (missing.length === 0) return { missing, packages: [], install: false };
  if (!machine.apt) {
    return {
      missing,
      packages: [],
      install: false,
      command: `install with your package manager: ${missing.map(describe).join(', ')}`,
    };
  }
  const packages = missing.map((requirement) => DEBIAN_PACKAGE[requirement]);
  // Root installs them itself; anyone else gets the one command.
  if (machine.root) return { missing, packages, install: true };
  return {
    missing,
    packages,
    install: false,
    command: `sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`,
  };
}

function describe(requirement: Requirement): string {
  return requirement === 'jdk17' ? 'a JDK 17' : requirement === 'maven' ? 'Maven' : requirement;
}

/** The requirements of the stack servers that `up` is about to start. */
export function requirementsOf(names: readonly ServiceName[]): Requirement[] {
  return [...new Set(names.flatMap((name) => SERVICE_REQUIREMENTS[name]))];
}
