import { servicePaths } from './paths.ts';
import { serviceNames, type ServiceContext, type ServiceName, type StackService } from './service.ts';
import { cassandra } from './servers/cassandra.ts';
import { elasticsearch } from './servers/elasticsearch.ts';
import { kafka } from './servers/kafka.ts';
import { kafkaClusterMembers } from './servers/kafka-cluster.ts';
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

/** Started only when named (`up kafka-cluster`), never by a bare `up` or `all`. */
export const optInServices: readonly StackService[] = kafkaClusterMembers;

/** Names that stand for several services. */
const groups: Readonly<Record<string, readonly ServiceName[]>> = {
  'kafka-cluster': kafkaClusterMembers.map((member) => member.name),
};

const aliases: Readonly<Record<string, ServiceName>> = {
  es: 'elasticsearch',
  os: 'opensearch',
  registry: 'schema-registry',
  apicurio: 'schema-registry',
  'schema-registry': 'schema-registry',
};

function parseServiceName(word: string): ServiceName[] {
  const group = groups[word];
  if (group !== undefined) return [...group];
  const name = aliases[word] ?? word;
  if (!(serviceNames as readonly string[]).includes(name)) {
    throw new Error(`unknown service "${word}"; known: ${serviceNames.join(', ')}, kafka-cluster`);
  }
  return [name as ServiceName];
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
  const names = new Set(chosen.flatMap(parseServiceName));
  return [...services, ...optInServices].filter((service) => names.has(service.name));
}

export function versionOf(service: StackService, env: NodeJS.ProcessEnv = process.env): string {
  const key = `SPANSTREAM_STACK_${service.name.toUpperCase().replace(/-/g, '_')}_VERSION`;
  return env[key] ?? service.defaultVersion();
}

export function contextOf(service: StackService, env: NodeJS.ProcessEnv = process.env): ServiceContext {
  const version = versionOf(service, env);
  return { version, env, paths: servicePaths(service.name, version, env) };
}
