import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { endpointsFile } from './paths.ts';
import type { Endpoint, ServiceName } from './service.ts';

/** .stack/endpoints.json: what `up` started, read by @spanstream/testkit. */
export type EndpointsFile = Partial<Record<ServiceName, Endpoint>>;

export function readEndpoints(env: NodeJS.ProcessEnv = process.env): EndpointsFile {
  try {
    return JSON.parse(readFileSync(endpointsFile(env), 'utf8')) as EndpointsFile;
  } catch {
    return {};
  }
}

/** Writes atomically, so a test starting meanwhile never reads half a file. */
function writeEndpoints(endpoints: EndpointsFile, env: NodeJS.ProcessEnv = process.env): void {
  const file = endpointsFile(env);
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
