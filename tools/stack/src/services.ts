import { servicePaths } from './paths.ts';
import { serviceNames, type ServiceContext, type ServiceName, type StackService } from './service.ts';
import { cassandra } from './servers/cassandra.ts';
import { elasticsearch } from './servers/elasticsearch.ts';
import { kafka } from './servers/kafka.ts';
import { opensearch } from './servers/opensearch.ts';
import { redis } from './servers/redis.ts';
import { schemaRegistry } from './servers/apicurio.ts';

/** Start order: cheap first; the JVMs one at a time (2 cores). `down` stops in reverse. */
export const services: readonly StackService[] = [
  redis,
  kafka,
  schemaRegistry,
  elasticsearch,
  opensearch,
  cassandra,
];

const aliases: Readonly<Record<string, ServiceName>> = {
  es: 'elasticsearch',
  os: 'opensearch',
  registry: 'schema-registry',
  apicurio: 'schema-registry',
  'schema-registry': 'schema-registry',
};

function parseServiceName(word: string): ServiceName {
  const name = aliases[word] ?? word;
  if (!(serviceNames as readonly string[]).includes(name)) {
    throw new Error(`unknown service "${word}"; known: ${serviceNames.join(', ')}`);
  }
  return name as ServiceName;
}

/**
 * The services a command acts on: the ones named on the command line, else SPANSTREAM_STACK_SERVICES
 * (comma- or space-separated), else all. Always in start order.
 */
export function selectServices(
  words: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): StackService[] {
  const fromEnv = (env['SPANSTREAM_STACK_SERVICES'] ?? '').split(/[\s,]+/).filter((w) => w !== '');
  const chosen = words.length > 0 ? words : fromEnv;
  if (chosen.length === 0 || chosen.includes('all')) return [...services];
  const names = new Set(chosen.map(parseServiceName));
  return services.filter((service) => names.has(service.name));
}

export function versionOf(service: StackService, env: NodeJS.ProcessEnv = process.env): string {
  const key = `SPANSTREAM_STACK_${service.name.toUpperCase().replace(/-/g, '_')}_VERSION`;
  return env[key] ?? service.defaultVersion();
}

export function contextOf(service: StackService, env: NodeJS.ProcessEnv = process.env): ServiceContext {
  const version = versionOf(service, env);
  return { version, env, paths: servicePaths(service.name, version, env) };
}
