import type { ServiceName } from './service.ts';

/**
 * What a fresh Debian machine lacks for `npm test`: the tools the stack provisions and runs its
 * servers with, and the browser the UI tests drive. Pure decision logic (which packages are missing →
 * which command); commands/deps.ts probes the machine and runs it.
 */
export type Requirement = 'redis-server' | 'unzip' | 'maven' | 'jdk17' | 'jdk21' | 'chromium';

/** What each server of the stack needs to be provisioned (Maven Central, unzip) and run (its JDK). */
const JVM_SERVER: readonly Requirement[] = ['maven', 'unzip', 'jdk17'];
const SERVICE_REQUIREMENTS: Readonly<Record<ServiceName, readonly Requirement[]>> = {
  redis: ['redis-server'],
  kafka: JVM_SERVER,
  'schema-registry': ['maven', 'unzip', 'jdk21'],
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
  'jdk21',
  'chromium',
];

/** The Debian package of each requirement (JDK 21+ has several candidates: see `JDK21_PACKAGES`). */
const DEBIAN_PACKAGE: Readonly<Record<Exclude<Requirement, 'jdk21'>, string>> = {
  'redis-server': 'redis-server',
  unzip: 'unzip',
  maven: 'maven',
  jdk17: 'openjdk-17-jdk-headless',
  chromium: 'chromium',
};

/** Debian 13 packages OpenJDK 21; Debian 12 does not, but Adoptium's repository has Temurin. */
const JDK21_PACKAGES = ['openjdk-21-jdk-headless', 'temurin-21-jdk'] as const;

/**
 * The exact fix for a machine without a JDK 21+ package (Debian 12): Adoptium's apt repository and
 * Temurin 21, as adoptium.net documents it. Printed, never run: adding a third-party apt source is
 * the operator's decision.
 */
export const JDK21_FIX =
  'apt-get install -y wget gpg && ' +
  'wget -qO- https://packages.adoptium.net/artifactory/api/gpg/key/public | gpg --dearmor -o /usr/share/keyrings/adoptium.gpg && ' +
  'echo "deb [signed-by=/usr/share/keyrings/adoptium.gpg] https://packages.adoptium.net/artifactory/deb $(. /etc/os-release && echo $VERSION_CODENAME) main" > /etc/apt/sources.list.d/adoptium.list && ' +
  'apt-get update && apt-get install -y temurin-21-jdk';

/** What the machine has, as commands/deps.ts finds out. */
export interface MachineState {
  /** Requirements already met (a command on PATH, a JDK of the right version). */
  readonly present: ReadonlySet<Requirement>;
  /** Whether `apt-get` exists. */
  readonly apt: boolean;
  /** Whether we run as root (so apt-get may be run without asking). */
  readonly root: boolean;
  /** Whether apt knows a candidate for a package (after `apt-get update`). */
  readonly aptHas: (pkg: string) => boolean;
}

export interface SystemPackagePlan {
  readonly missing: readonly Requirement[];
  /** Debian packages that satisfy the missing requirements apt can install. */
  readonly packages: readonly string[];
  /** True when we run apt-get ourselves (root + apt-get); else `command` is printed. */
  readonly install: boolean;
  /** The one command for the operator to run: everything missing, or what an install cannot cover. */
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
  const packages: string[] = [];
  let jdk21Unpackaged = false;
  for (const requirement of missing) {
    if (requirement !== 'jdk21') packages.push(DEBIAN_PACKAGE[requirement]);
    else {
      const pkg = JDK21_PACKAGES.find((candidate) => machine.aptHas(candidate));
      if (pkg === undefined) jdk21Unpackaged = true;
      else packages.push(pkg);
    }
  }
  const sudo = machine.root ? '' : 'sudo ';
  const aptInstall =
    packages.length === 0
      ? undefined
      : `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`;
  const jdkFix = jdk21Unpackaged ? (machine.root ? JDK21_FIX : `sudo sh -c '${JDK21_FIX}'`) : undefined;
  const install = machine.root && packages.length > 0;
  // Root installs the packages itself; what it cannot (the JDK 21 repository) is the printed command.
  const command = install ? jdkFix : [aptInstall, jdkFix].filter((part) => part !== undefined).join(' && ');
  return { missing, packages, install, ...(command !== undefined && command !== '' && { command }) };
}

function describe(requirement: Requirement): string {
  return requirement === 'jdk17'
    ? 'a JDK 17'
    : requirement === 'jdk21'
      ? 'a JDK 21 or newer'
      : requirement === 'maven'
        ? 'Maven'
        : requirement;
}

/** The requirements of the stack servers that `up` is about to start. */
export function requirementsOf(names: readonly ServiceName[]): Requirement[] {
  return [...new Set(names.flatMap((name) => SERVICE_REQUIREMENTS[name]))];
}
