import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestService } from './service-names.ts';

/** packages/testkit/src -> repository root. */
export const repoRoot: string = resolve(import.meta.dirname, '..', '..', '..');

/** What the stack script (`npm run stack -- up`) writes per service; see tools/stack/src/endpoints.ts. */
export interface StackEndpoint {
  readonly url: string;
  readonly version?: string;
  readonly pid?: number;
  readonly extra?: Readonly<Record<string, string>>;
}

export function stackEndpointsFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['SPANSTREAM_STACK_DIR'] ?? join(repoRoot, '.stack'), 'endpoints.json');
}

/** The stack script's endpoint for `service`, or undefined when the file or the entry is missing. */
export function stackEndpoint(
  service: TestService,
  env: NodeJS.ProcessEnv = process.env,
): StackEndpoint | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(stackEndpointsFile(env), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const entry = (parsed as Record<string, unknown>)[service];
  if (typeof entry !== 'object' || entry === null) return undefined;
  const url = (entry as { url?: unknown }).url;
  return typeof url === 'string' ? (entry as StackEndpoint) : undefined;
}
