import { describe, expect, it } from 'vitest';
import {
  planSystemPackages,
  requirementsOf,
  TEST_REQUIREMENTS,
  type MachineState,
  type Requirement,
} from '../src/system-packages.ts';

/** A Debian machine that has `present`. */
function machine(present: readonly Requirement[], { root = true, apt = true } = {}): MachineState {
  return { present: new Set(present), root, apt };
}

const ALL: readonly Requirement[] = TEST_REQUIREMENTS;

describe('planSystemPackages', () => {
  it('does nothing when everything is present', () => {
    expect(planSystemPackages(ALL, machine(ALL))).toEqual({ missing: [], packages: [], install: false });
  });

  it('as root on a fresh Debian 12 installs every package itself, nothing left to print (no JDK 21 needed)', () => {
    expect(planSystemPackages(ALL, machine([]))).toEqual({
      missing: ['redis-server', 'unzip', 'maven', 'jdk17', 'chromium'],
      packages: ['redis-server', 'unzip', 'maven', 'openjdk-17-jdk-headless', 'chromium'],
      install: true,
    });
  });

  it('without root prints one sudo command covering every missing package, update first', () => {
    const plan = planSystemPackages(ALL, machine(['jdk17', 'unzip'], { root: false }));
    expect(plan.install).toBe(false);
    expect(plan.command).toBe(
      'sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server maven chromium',
    );
  });

  it('without apt-get names what to install with another package manager', () => {
    const plan = planSystemPackages(['maven', 'jdk17', 'chromium'], machine(['chromium'], { apt: false }));
    expect(plan).toEqual({
      missing: ['maven', 'jdk17'],
      packages: [],
      install: false,
      command: 'install with your package manager: Maven, a JDK 17',
    });
  });
});

describe('requirementsOf', () => {
  it('names what the servers about to start need, each once: every JVM server on JDK 17', () => {
    expect(requirementsOf([])).toEqual([]);
    expect(requirementsOf(['redis'])).toEqual(['redis-server']);
    expect(requirementsOf(['kafka', 'elasticsearch', 'schema-registry'])).toEqual([
      'maven',
      'unzip',
      'jdk17',
    ]);
  });
});
