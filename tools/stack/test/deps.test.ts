/**
 * A fresh machine, simulated without uninstalling anything: a PATH that holds only the commands a test
 * puts there and a JVM root (SPANSTREAM_STACK_JVM_ROOT) that holds only the JDKs it puts there.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { machineState } from '../src/commands/deps.ts';
import { repoRoot } from '../src/paths.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A machine view: `commands` on its PATH (empty scripts), a JDK home of each major in `jdks`. */
function fakeMachine(commands: readonly string[], jdks: readonly number[]): NodeJS.ProcessEnv {
  const root = mkdtempSync(join(tmpdir(), 'spanstream-deps-'));
  dirs.push(root);
  const bin = join(root, 'bin');
  mkdirSync(bin);
  for (const command of commands) {
    writeFileSync(join(bin, command), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, command), 0o755);
  }
  const jvm = join(root, 'jvm');
  for (const major of jdks) {
    const home = join(jvm, `java-${String(major)}-openjdk-amd64`);
    mkdirSync(join(home, 'bin'), { recursive: true });
    writeFileSync(join(home, 'bin', 'java'), '');
    writeFileSync(join(home, 'release'), `JAVA_VERSION="${String(major)}.0.9"\n`);
  }
  return { PATH: bin, SPANSTREAM_STACK_JVM_ROOT: jvm, SPANSTREAM_STACK_DIR: join(root, 'state') };
}

const deps = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'tools/stack/src/main.ts'), 'deps', ...args], {
    env,
    encoding: 'utf8',
  });

describe('machineState', () => {
  it('sees only the commands on PATH and the JDKs under the JVM root', () => {
    const fresh = machineState(fakeMachine(['apt-get'], []), 0);
    expect([...fresh.present]).toEqual([]);
    expect(fresh).toMatchObject({ apt: true, root: true });

    const ready = machineState(
      fakeMachine(['apt-get', 'redis-server', 'unzip', 'mvn', 'chromium'], [17]),
      1000,
    );
    expect([...ready.present].sort()).toEqual(['chromium', 'jdk17', 'maven', 'redis-server', 'unzip']);
    expect(ready.root).toBe(false);
  });

  it('takes a JDK 21 or 25 alone for no JDK 17 (Cassandra runs on 17 at most)', () => {
    expect(machineState(fakeMachine([], [21, 25]), 0).present.has('jdk17')).toBe(false);
  });
});

// Each case runs the stack script as a Node child process: seconds on a loaded machine.
describe('npm run stack -- deps on a fresh Debian 12 (simulated)', { timeout: 30_000 }, () => {
  it.runIf(process.getuid?.() === 0)(
    'as root: plans one apt-get install of Debian 12 packages only, with nothing left to do by hand',
    () => {
      const result = deps(fakeMachine(['apt-get'], []), '--dry-run');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('missing redis-server, unzip, maven, jdk17, chromium');
      expect(result.stdout).toContain(
        'would run: apt-get update -qq && apt-get install -y -qq redis-server unzip maven openjdk-17-jdk-headless chromium',
      );
      expect(result.stdout + result.stderr).not.toMatch(/jdk-?21|temurin|adoptium/i);
    },
  );

  it('passes once those packages are there: JDK 17 is the only JDK the stack needs', () => {
    const result = deps(fakeMachine(['apt-get', 'redis-server', 'unzip', 'mvn', 'chromium'], [17]));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('present');
  });

  it('without apt-get stops with what to install', () => {
    const result = deps(fakeMachine(['redis-server', 'unzip', 'mvn', 'chromium'], []));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('missing jdk17; run:\n  install with your package manager: a JDK 17');
  });
});
