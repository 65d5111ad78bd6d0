import { appendFileSync, cpSync, existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findFile, unpackDistribution } from '../archive.ts';
import { jdk17 } from '../java.ts';
import { copyDependencies, pomVersion } from '../maven.ts';
import { stateDir } from '../paths.ts';
import { clusterHealthy } from '../probes.ts';
import { readPid, run, runChecked, tailText } from '../proc.ts';
import type { ServiceContext, StackService } from '../service.ts';
import { heapFlags } from './java-classpath.ts';
import { ensureUser, instanceDirFor, isRoot, sharedRoot, type RunAs } from './elasticsearch-user.ts';

const port = 9200;
const transportPort = 9300;
const url = `http://127.0.0.1:${port}`;

/**
 * Appended to the integ-test distribution's config. That distribution (Elastic's own test cluster build,
 * published to Maven Central) has only transport-netty4, x-pack-core/security and apm: no `GET /`, no
 * painless, no ingest pipelines; index templates, aliases, bulk, search and aggregations are all core.
 */
function elasticsearchYml(dataDir: string, logsDir: string): string {
  return `
cluster.name: spanstream
node.name: es-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: ${port}
transport.port: ${transportPort}
path.data: ${dataDir}
path.logs: ${logsDir}
xpack.security.enabled: false
action.destructive_requires_name: false
cluster.routing.allocation.disk.threshold_enabled: false
`;
}

interface Layout {
  /** The unpacked distribution (ES_HOME), read-only. */
  readonly distribution: string;
  /** config, data, logs and the PID file of this checkout's node. */
  readonly instance: string;
  readonly runAs?: RunAs;
}

async function layout(ctx: ServiceContext): Promise<Layout> {
  if (!isRoot()) return { distribution: join(ctx.paths.cache, 'dist'), instance: ctx.paths.home };
  const runAs = await ensureUser(ctx.env['SPANSTREAM_STACK_ES_USER'] ?? 'spanstream');
  return {
    distribution: join(sharedRoot(ctx.env), `elasticsearch-${ctx.version}`),
    instance: instanceDirFor(stateDir(ctx.env), ctx.env),
    runAs,
  };
}

/** Points `from` (a path under .stack) at `to`, so `.stack/` shows where everything is. */
function link(from: string, to: string): void {
  mkdirSync(dirname(from), { recursive: true });
  if (existsSync(from) || isSymlink(from)) {
    if (!isSymlink(from)) return;
    rmSync(from);
  }
  symlinkSync(to, from);
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export const elasticsearch: StackService = {
  name: 'elasticsearch',
  defaultVersion: () => pomVersion('elasticsearch'),
  port,
  startTimeoutMs: 120_000,
  endpoint: (version) => ({ service: 'elasticsearch', url, version }),
  async provision(ctx) {
    const download = join(ctx.paths.cache, 'dl');
    await copyDependencies('elasticsearch', ctx.version, download);
    const { distribution } = await layout(ctx);
    await unpackDistribution(findFile(download, '.zip'), distribution);
  },
  async start(ctx) {
    const { distribution, instance, runAs } = await layout(ctx);
    const config = join(instance, 'config');
    const logs = join(instance, 'logs');
    const pidFile = join(instance, 'elasticsearch.pid');
    mkdirSync(join(instance, 'data'), { recursive: true });
    mkdirSync(logs, { recursive: true });
    // The launcher's default temp dir is under /tmp; keep it in the instance, owned by the ES user.
    mkdirSync(join(instance, 'tmp'), { recursive: true });
    rmSync(config, { recursive: true, force: true });
    cpSync(join(distribution, 'config'), config, { recursive: true });
    appendFileSync(join(config, 'elasticsearch.yml'), elasticsearchYml(join(instance, 'data'), logs));
    rmSync(pidFile, { force: true });
    if (runAs !== undefined) await runChecked('chown', ['-R', `${runAs.uid}:${runAs.gid}`, instance]);
    if (instance !== ctx.paths.home) link(ctx.paths.home, instance);
    link(ctx.paths.log, join(logs, 'spanstream.log'));
    // -d: the launcher forks the server, waits until the node has started, then exits.
    const result = await run(join(distribution, 'bin', 'elasticsearch'), ['-d', '-p', pidFile], {
      cwd: instance,
      env: {
        ...ctx.env,
        ES_JAVA_HOME: jdk17(ctx.env),
        ES_PATH_CONF: config,
        ES_TMPDIR: join(instance, 'tmp'),
        ES_JAVA_OPTS: heapFlags('SPANSTREAM_STACK_ELASTICSEARCH_HEAP', '512m', ctx.env).join(' '),
        ...(runAs === undefined ? {} : { HOME: instance, USER: runAs.user }),
      },
      ...(runAs === undefined ? {} : { uid: runAs.uid, gid: runAs.gid }),
      timeoutMs: this.startTimeoutMs,
    });
    const pid = readPid(pidFile);
    if (result.code !== 0 || pid === undefined) {
      throw new Error(`elasticsearch launcher exited with ${result.code}:\n${tailText(result.output, 40)}`);
    }
    return { pid };
  },
  ready: () => clusterHealthy(url),
};
