import { containerFor } from './containers.ts';
import { dockerAvailable } from './docker.ts';
import { cassandraDataCenterEnv, envNames, type TestService } from './service-names.ts';
import { stackEndpoint, stackEndpointsFile } from './stack-endpoints.ts';

export type EndpointSource = 'env' | 'stack' | 'testcontainers';

export class BackingServiceUnavailableError extends Error {
  readonly service: TestService;
  constructor(service: TestService, message: string) {
    super(message);
    this.name = 'BackingServiceUnavailableError';
    this.service = service;
  }
}

export function howToStart(service: TestService): string {
  return (
    `No ${service} for the integration tests: set ${envNames[service]}, or start the stack ` +
    `(npm run stack -- up ${service}), or run with a Docker engine for testcontainers.`
  );
}

/**
 * Where a service's endpoint comes from, without starting anything: explicit env, then the stack
 * script's .stack/endpoints.json. Undefined when neither knows it.
 */
export function configuredEndpoint(
  service: TestService,
  env: NodeJS.ProcessEnv = process.env,
): { value: string; source: EndpointSource } | undefined {
  const explicit = env[envNames[service]];
  if (explicit !== undefined && explicit !== '') return { value: explicit, source: 'env' };
  const fromStack = stackEndpoint(service, env);
  return fromStack === undefined ? undefined : { value: fromStack.url, source: 'stack' };
}

/**
 * A service's endpoint string. Order: explicit env → stack endpoints file → testcontainers (when a Docker
 * engine is present) → a BackingServiceUnavailableError saying how to start it. Never a silent skip.
 */
export async function resolveEndpoint(
  service: TestService,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const configured = configuredEndpoint(service, env);
  if (configured !== undefined) return configured.value;
  if (dockerAvailable(env)) {
    const started = await containerFor(service);
    const value = started.env[envNames[service]];
    if (value !== undefined) return value;
  }
  throw new BackingServiceUnavailableError(
    service,
    `${howToStart(service)} (looked in ${stackEndpointsFile(env)})`,
  );
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Kafka bootstrap brokers, `host:port` each. */
export async function kafkaBrokers(): Promise<string[]> {
  return list(await resolveEndpoint('kafka'));
}

export function elasticsearchUrl(): Promise<string> {
  return resolveEndpoint('elasticsearch');
}

export function opensearchUrl(): Promise<string> {
  return resolveEndpoint('opensearch');
}

/** Cassandra contact points, `host:port` each. */
export async function cassandraContactPoints(): Promise<string[]> {
  return list(await resolveEndpoint('cassandra'));
}

/** The data center cassandra-driver must name as local: `datacenter1` for the stack (SimpleSnitch). */
export async function cassandraLocalDataCenter(): Promise<string> {
  await resolveEndpoint('cassandra');
  return (
    process.env[cassandraDataCenterEnv] ??
    stackEndpoint('cassandra')?.extra?.['localDataCenter'] ??
    'datacenter1'
  );
}

/** The Confluent-compatible registry's base URL, e.g. http://127.0.0.1:8081/apis/ccompat/v7 (Apicurio). */
export function schemaRegistryUrl(): Promise<string> {
  return resolveEndpoint('schema-registry');
}

/** A redis:// URL. */
export function redisUrl(): Promise<string> {
  return resolveEndpoint('redis');
}
