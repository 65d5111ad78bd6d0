import { existsSync } from 'node:fs';

/**
 * A cheap guess whether a Docker engine is reachable: DOCKER_HOST is set or the default socket exists.
 * (The docker CLI alone is not enough: these CI machines have the client but no engine.)
 */
export function dockerAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['SPANSTREAM_TEST_DOCKER'] === '0') return false;
  return (env['DOCKER_HOST'] ?? '') !== '' || existsSync('/var/run/docker.sock');
}
