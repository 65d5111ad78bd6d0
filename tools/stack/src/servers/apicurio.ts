import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findFile, unpackDistribution } from '../archive.ts';
import { javaBin, jdk21plus } from '../java.ts';
import { copyDependencies, pomVersion } from '../maven.ts';
import { getJson } from '../probes.ts';
import { spawnDetached } from '../proc.ts';
import type { StackService } from '../service.ts';
import { heapFlags } from './java-classpath.ts';

const port = 8081;
/** Apicurio Registry's Confluent-compatible API; @kafkajs/confluent-schema-registry takes it as its host. */
const url = `http://127.0.0.1:${port}/apis/ccompat/v7`;

/**
 * Apicurio Registry 3.x, the Quarkus fast-jar (`quarkus-run.jar`) from the `all` tar.gz on Maven Central.
 * Storage defaults to in-memory H2: nothing persists across restarts, no Kafka needed. 3.3 needs Java 21+.
 */
export const schemaRegistry: StackService = {
  name: 'schema-registry',
  defaultVersion: () => pomVersion('apicurio'),
  port,
  startTimeoutMs: 90_000,
  endpoint: (version) => ({
    service: 'schema-registry',
    url,
    version,
    extra: { implementation: 'apicurio' },
  }),
  async provision(ctx) {
    const download = join(ctx.paths.cache, 'dl');
    await copyDependencies('apicurio', ctx.version, download);
    await unpackDistribution(findFile(download, '.tar.gz'), join(ctx.paths.cache, 'dist'));
  },
  start(ctx) {
    mkdirSync(ctx.paths.home, { recursive: true });
    const args = [
      '-Xms128m',
      ...heapFlags('SPANSTREAM_STACK_SCHEMA_REGISTRY_HEAP', '384m', ctx.env).slice(1),
      '-XX:+ExitOnOutOfMemoryError',
      '-Dquarkus.http.host=127.0.0.1',
      `-Dquarkus.http.port=${port}`,
      '-jar',
      join(ctx.paths.cache, 'dist', 'quarkus-run.jar'),
    ];
    return Promise.resolve({
      pid: spawnDetached(javaBin(jdk21plus(ctx.env)), args, { log: ctx.paths.log, cwd: ctx.paths.home }),
    });
  },
  ready: async () => Array.isArray(await getJson(`${url}/subjects`)),
};
