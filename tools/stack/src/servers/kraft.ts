import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { javaBin, jdk17 } from '../java.ts';
import { runChecked, spawnDetached } from '../proc.ts';
import type { ServiceContext } from '../service.ts';
import { heapFlags } from './java-classpath.ts';

export interface KraftNode {
  /** server.properties for this node, given its data directory. */
  readonly properties: (dataDir: string) => string;
  /** Kafka's classpath (the single node's, or the cache it shares). */
  readonly classpath: string;
  /** A fixed cluster id, so that re-formatting is a no-op. */
  readonly clusterId: string;
  /** The env var that overrides the heap, and its default (`512m`). */
  readonly heap: readonly [envName: string, size: string];
}

/**
 * Starts one KRaft node (broker + controller) in the background: writes its config under the service's
 * home, formats its storage once (`--ignore-formatted` makes it a no-op afterwards), then runs `kafka.Kafka`.
 */
export async function startKraftNode(node: KraftNode, ctx: ServiceContext): Promise<{ pid: number }> {
  const dataDir = join(ctx.paths.home, 'data');
  const config = join(ctx.paths.home, 'server.properties');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(config, node.properties(dataDir));
  const java = javaBin(jdk17(ctx.env));
  const logging = [
    '-Dorg.slf4j.simpleLogger.showDateTime=true',
    '-Dorg.slf4j.simpleLogger.defaultLogLevel=info',
  ];
  const cp = ['-cp', node.classpath];
  await runChecked(java, [
    ...logging,
    ...cp,
    'kafka.tools.StorageTool',
    'format',
    '-t',
    node.clusterId,
    '-c',
    config,
    '--ignore-formatted',
  ]);
  const [heapEnv, heapDefault] = node.heap;
  const pid = spawnDetached(
    java,
    [...heapFlags(heapEnv, heapDefault, ctx.env), ...logging, ...cp, 'kafka.Kafka', config],
    {
      log: ctx.paths.log,
      cwd: ctx.paths.home,
    },
  );
  return { pid };
}
