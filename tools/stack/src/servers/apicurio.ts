import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findFile, unpackDistribution } from '../archive.ts';
import { javaBin, jdk17, jdk21plus } from '../java.ts';
import { copyDependencies, pomVersion } from '../maven.ts';
import { getJson } from '../probes.ts';
import { spawnDetached } from '../proc.ts';
import type { StackService } from '../service.ts';
import { heapFlags } from './java-classpath.ts';

const port = 8081;
/** Apicurio Registry's Confluent-compatible API; @kafkajs/confluent-schema-registry takes it as its host. */
const url = `http://127.0.0.1:${port}/apis/ccompat/v7`;

/**
 * Apicurio Registry from the `all` tar.gz of `io.apicurio:apicurio-registry-app` on Maven Central, in-memory
 * H2 storage (nothing persists across restarts, no Kafka needed). The default, 2.6, runs on Java 17 like
 * the other servers, which Debian 12 packages (ADR 0099); a 3.x (`SPANSTREAM_STACK_SCHEMA_REGISTRY_VERSION`)
 * needs Java 21+ and ships its fast-jar as `quarkus-run.jar` instead of `<artifact>-runner.jar`.
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
    const dist = join(ctx.paths.cache, 'dist');
    const v3 = existsSync(join(dist, 'quarkus-run.jar'));
    const args = [
      '-Xms128m',
      ...heapFlags('SPANSTREAM_STACK_SCHEMA_REGISTRY_HEAP', '384m', ctx.env).slice(1),
      '-XX:+ExitOnOutOfMemoryError',
      '-Dquarkus.http.host=127.0.0.1',
      `-Dquarkus.http.port=${port}`,
      '-jar',
      v3 ? join(dist, 'quarkus-run.jar') : findFile(dist, '-runner.jar'),
    ];
    const jdk = v3 ? jdk21plus(ctx.env) : jdk17(ctx.env);
    return Promise.resolve({
      pid: spawnDetached(javaBin(jdk), args, { log: ctx.paths.log, cwd: ctx.paths.home }),
    });
  },
  ready: async () => Array.isArray(await getJson(`${url}/subjects`)),
};
