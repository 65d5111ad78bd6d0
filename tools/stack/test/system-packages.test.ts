import { describe, expect, it } from 'vitest';
import {
  JDK21_FIX,
  planSystemPackages,
  requirementsOf,
  TEST_REQUIREMENTS,
  type MachineState,
  type Requirement,
} from '../src/system-packages.ts';

/** A Debian machine that has `present`, knows the packages `known` (apt-cache candidates). */
function machine(
  present: readonly Requirement[],
  { root = true, apt = true, known = ['openjdk-17-jdk-headless'] as readonly string[] } = {},
): MachineState {
  return { present: new Set(present), root, apt, aptHas: (pkg) => known.includes(pkg) };
}

const ALL: readonly Requirement[] = TEST_REQUIREMENTS;

describe('planSystemPackages', () => {
  it('does nothing when everything is present', () => {
    expect(planSystemPackages(ALL, machine(ALL))).toEqual({ missing: [], packages: [], install: false });
  });

  it('as root on Debian 12 installs the Debian packages itself and prints only the JDK 21 fix', () => {
    const plan = planSystemPackages(ALL, machine(['jdk17']));
    expect(plan.missing).toEqual(['redis-server', 'unzip', 'maven', 'jdk21', 'chromium']);
    expect(plan.packages).toEqual(['redis-server', 'unzip', 'maven', 'chromium']);
    expect(plan.install).toBe(true);
    expect(plan.command).toBe(JDK21_FIX);
    expect(JDK21_FIX).toContain('apt-get install -y temurin-21-jdk');
  });

  it('as root installs a JDK 21 package when apt has one (Debian 13, or Adoptium configured)', () => {
    const debian13 = planSystemPackages(
      ['jdk21', 'maven'],
      machine([], { known: ['openjdk-21-jdk-headless', 'temurin-21-jdk'] }),
    );
    expect(debian13).toEqual({
      missing: ['jdk21', 'maven'],
      packages: ['openjdk-21-jdk-headless', 'maven'],
      install: true,
    });
    const adoptium = planSystemPackages(['jdk21'], machine([], { known: ['temurin-21-jdk'] }));
    expect(adoptium.packages).toEqual(['temurin-21-jdk']);
    expect(adoptium.command).toBeUndefined();
  });

  it('without root prints one sudo command covering every missing package, update first', () => {
    const plan = planSystemPackages(ALL, machine(['jdk17', 'jdk21', 'unzip'], { root: false }));
    expect(plan.install).toBe(false);
    expect(plan.command).toBe(
      'sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server maven chromium',
    );
  });

  it('without root and without a JDK 21 package appends the repository fix under sudo', () => {
    const plan = planSystemPackages(['redis-server', 'jdk21'], machine([], { root: false }));
    expect(plan.command).toBe(
      `sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server && sudo sh -c '${JDK21_FIX}'`,
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
  it('names what the servers about to start need, each once', () => {
    expect(requirementsOf([])).toEqual([]);
    expect(requirementsOf(['redis'])).toEqual(['redis-server']);
    expect(requirementsOf(['kafka', 'elasticsearch', 'schema-registry'])).toEqual([
      'maven',
      'unzip',
      'jdk17',
      'jdk21',
    ]);
  });
});
