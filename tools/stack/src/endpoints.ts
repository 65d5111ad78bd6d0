import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readStackEndpoints, stackEndpointsFile, type StackEndpoints } from '@spanstream/testkit/stack';
import type { Endpoint, ServiceName } from './service.ts';

/** .stack/endpoints.json: what `up` started, read by @spanstream/testkit. */
export type EndpointsFile = Partial<Record<ServiceName, Endpoint>>;

export function readEndpoints(env: NodeJS.ProcessEnv = process.env): EndpointsFile {
  // Written only by this script, so every entry is an Endpoint.
  return readStackEndpoints(env) as StackEndpoints<ServiceName> as EndpointsFile;
}

/** Writes atomically, so a test starting meanwhile never reads half a file. */
function writeEndpoints(endpoints: EndpointsFile, env: NodeJS.ProcessEnv = process.env): void {
  const file = stackEndpointsFile(env);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(endpoints, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

export function updateEndpoints(
  change: (current: EndpointsFile) => EndpointsFile,
  env: NodeJS.ProcessEnv = process.env,
): void {
  writeEndpoints(change(readEndpoints(env)), env);
}
