import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestService } from './service-names.ts';

/**
 * `.stack/endpoints.json`: written by the stack script (`npm run stack -- up`, tools/stack), read by
 * the tests through `resolveEndpoint`. This module is the file's one definition for both.
 */

/** packages/testkit/src -> repository root. */
export const repoRoot: string = resolve(import.meta.dirname, '..', '..', '..');

/** What the stack script writes per server it runs. */
export interface StackEndpoint {
  /** Clients' address: `host:port` list for Kafka and Cassandra, a URL for the others. */
  readonly url: string;
  readonly version?: string;
  /** The server's PID when the stack script started it; absent when it reused a server it found listening. */
  readonly pid?: number;
  readonly extra?: Readonly<Record<string, string>>;
}

/** The whole file: an entry per running server (the test services, and the stack's extra ones). */
export type StackEndpoints<Name extends string = string> = Partial<Record<Name, StackEndpoint>>;

/** `$SPANSTREAM_STACK_DIR/endpoints.json`, by default `.stack/endpoints.json` in the repository. */
export function stackEndpointsFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['SPANSTREAM_STACK_DIR'] ?? join(repoRoot, '.stack'), 'endpoints.json');
}

/** The file's entries with a string `url`; empty when the file is missing or unreadable. */
export function readStackEndpoints(env: NodeJS.ProcessEnv = process.env): StackEndpoints {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(stackEndpointsFile(env), 'utf8'));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const entries = Object.entries(parsed as Record<string, unknown>).filter(
    ([, entry]) =>
      typeof entry === 'object' && entry !== null && typeof (entry as StackEndpoint).url === 'string',
  );
  return Object.fromEntries(entries) as StackEndpoints;
}

/** The stack script's endpoint for `service`, or undefined when the file or the entry is missing. */
export function stackEndpoint(
  service: TestService,
  env: NodeJS.ProcessEnv = process.env,
): StackEndpoint | undefined {
  return readStackEndpoints(env)[service];
}
