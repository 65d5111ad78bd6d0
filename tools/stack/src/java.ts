import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where JDKs are installed (Debian's packages); SPANSTREAM_STACK_JVM_ROOT moves it (tests, other layouts). */
const jvmRootOf = (env: NodeJS.ProcessEnv): string => env['SPANSTREAM_STACK_JVM_ROOT'] ?? '/usr/lib/jvm';

/** The major version of a JDK home, from its `release` file. */
function jdkMajor(home: string): number | undefined {
  try {
    const match = /^JAVA_VERSION="(\d+)/m.exec(readFileSync(join(home, 'release'), 'utf8'));
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

function candidates(env: NodeJS.ProcessEnv): string[] {
  const jvmRoot = jvmRootOf(env);
  const found = existsSync(jvmRoot)
    ? readdirSync(jvmRoot)
        .map((name) => join(jvmRoot, name))
        .filter((home) => existsSync(join(home, 'bin', 'java')))
    : [];
  return [env['JAVA_HOME'], ...found].filter((home): home is string => home !== undefined && home !== '');
}

/**
 * A JDK whose major version lies in [min, max]: `envName` when set, else JAVA_HOME, else the JDKs under /usr/lib/jvm.
 * Cassandra 5.0 needs exactly 17 (its newest supported Java); Apicurio 3.x, only when chosen instead of
 * the default 2.6, needs 21+.
 */
function findJdk(min: number, max: number, envName: string, env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env[envName];
  if (explicit !== undefined && explicit !== '') return explicit;
  const fits = candidates(env).find((home) => {
    const major = jdkMajor(home);
    return major !== undefined && major >= min && major <= max;
  });
  if (fits === undefined) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `${min} or newer` : min === max ? `${min}` : `${min}–${max}`;
    const fix =
      min === 17
        ? 'apt-get install -y openjdk-17-jdk-headless'
        : 'apt-get install -y openjdk-21-jdk-headless (Debian 13; Debian 12 packages none: keep the default schema registry version, which runs on Java 17)';
    throw new Error(
      `no JDK ${range} found under ${jvmRootOf(env)} or JAVA_HOME; run: ${fix}; or set ${envName} to a JDK home`,
    );
  }
  return fits;
}

export const jdk17 = (env: NodeJS.ProcessEnv = process.env): string =>
  findJdk(17, 17, 'SPANSTREAM_STACK_JDK17', env);
export const jdk21plus = (env: NodeJS.ProcessEnv = process.env): string =>
  findJdk(21, Number.MAX_SAFE_INTEGER, 'SPANSTREAM_STACK_JDK21', env);

export function javaBin(home: string): string {
  return join(home, 'bin', 'java');
}
