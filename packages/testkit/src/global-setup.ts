// vitest globalSetup of the `integration` project: makes sure every backing service the integration tests
// need answers before any test runs. Explicit env wins; else the stack's endpoints; else testcontainers when
// Docker is present; else it runs `npm run stack -- up <missing…>` so that a plain `npm test` works.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { containerFor, stopContainers } from './containers.ts';
import { dockerAvailable } from './docker.ts';
import { configuredEndpoint, howToStart } from './endpoints.ts';
import { reachable } from './reachability.ts';
import { envNames, parseTestServices, type TestService } from './service-names.ts';
import { repoRoot } from './stack-endpoints.ts';

/** SPANSTREAM_TEST_SERVICES (comma-separated) narrows the services checked; default all. */
export function requiredServices(env: NodeJS.ProcessEnv = process.env): TestService[] {
  return parseTestServices(env['SPANSTREAM_TEST_SERVICES'] ?? '');
}

async function missingServices(services: readonly TestService[]): Promise<TestService[]> {
  const missing: TestService[] = [];
  for (const service of services) {
    const configured = configuredEndpoint(service);
    if (configured !== undefined && (await reachable(service, configured.value))) continue;
    if (configured?.source === 'env') {
      throw new Error(`${envNames[service]}=${configured.value} does not answer (${service})`);
    }
    missing.push(service);
  }
  return missing;
}

function stackUp(services: readonly TestService[]): void {
  console.log(`[testkit] starting the backing services with the stack script: ${services.join(' ')}`);
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'tools', 'stack', 'src', 'main.ts'), 'up', ...services],
    {
      stdio: 'inherit',
      cwd: repoRoot,
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `the stack script could not start ${services.join(', ')} (exit ${result.status}); see its output above`,
    );
  }
  console.log('[testkit] the stack stays up for the next run; stop it with: npm run stack -- down');
}

export async function setup(): Promise<void> {
  const missing = await missingServices(requiredServices());
  if (missing.length > 0) {
    if (dockerAvailable()) {
      for (const service of missing) await containerFor(service);
    } else {
      stackUp(missing);
    }
  }
  const stillMissing = await missingServices(missing);
  if (stillMissing.length > 0) throw new Error(stillMissing.map(howToStart).join('\n'));
}

export async function teardown(): Promise<void> {
  await stopContainers();
}
