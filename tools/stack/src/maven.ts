import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';
import { runChecked } from './proc.ts';

/** Maven 3.8's default dependency plugin is 2.8; name a current one explicitly. */
const dependencyPlugin = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const completeMarker = '.complete';

function pomPath(server: string): string {
  return join(repoRoot, 'tools', 'stack', server, 'pom.xml');
}

/** The `<server.version>` property of tools/stack/<server>/pom.xml: the one place a default version lives. */
export function pomVersion(server: string): string {
  const match = /<server\.version>([^<]+)<\/server\.version>/.exec(readFileSync(pomPath(server), 'utf8'));
  if (match?.[1] === undefined) throw new Error(`${pomPath(server)} has no <server.version> property`);
  return match[1];
}

export function isComplete(dir: string): boolean {
  return existsSync(join(dir, completeMarker));
}

export function markComplete(dir: string): void {
  writeFileSync(join(dir, completeMarker), `${new Date().toISOString()}\n`);
}

/**
 * Copies the runtime dependencies of tools/stack/<server>/pom.xml (at `version`) into `target`.
 * Resolves into a temporary folder and renames it, so an interrupted download is never taken for a complete one.
 */
export async function copyDependencies(server: string, version: string, target: string): Promise<void> {
  if (isComplete(target)) return;
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  console.log(`  resolving ${server} ${version} from Maven Central (first run only)…`);
  await runChecked(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      pomPath(server),
      `-Dserver.version=${version}`,
      ...(process.env['SPANSTREAM_STACK_MAVEN_REPO'] === undefined
        ? []
        : [`-Dmaven.repo.local=${process.env['SPANSTREAM_STACK_MAVEN_REPO']}`]),
      `${dependencyPlugin}:copy-dependencies`,
      `-DoutputDirectory=${partial}`,
      '-DincludeScope=runtime',
    ],
    { timeoutMs: 900_000 },
  );
  markComplete(partial);
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
}
