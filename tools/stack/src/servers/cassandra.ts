import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { javaBin, jdk17 } from '../java.ts';
import { pomVersion } from '../maven.ts';
import { cqlReleaseVersion } from '../probes.ts';
import { spawnDetached } from '../proc.ts';
import type { ServiceContext, StackService } from '../service.ts';
import { classpath, heapFlags, libDir, provisionClasspath } from './java-classpath.ts';

const port = 9042;
const storagePort = 7000;

function cassandraYaml(): string {
  return `cluster_name: spanstream
num_tokens: 16
partitioner: org.apache.cassandra.dht.Murmur3Partitioner
commitlog_sync: periodic
commitlog_sync_period: 10000ms
endpoint_snitch: SimpleSnitch
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "127.0.0.1:${storagePort}"
listen_address: 127.0.0.1
rpc_address: 127.0.0.1
storage_port: ${storagePort}
native_transport_port: ${port}
start_native_transport: true
# A fresh node: the default (CASSANDRA_4) keeps 5.0's new sstable format and features off.
storage_compatibility_mode: NONE
`;
}

/** Without a logback.xml Cassandra logs DEBUG to the console, which is noisy and slow. */
const logbackXml = `<configuration>
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%-5level [%thread] %date{ISO8601} %F:%L - %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="STDOUT" /></root>
</configuration>
`;

/** conf/jvm17-server.options of the Cassandra 5.0 distribution (which we do not have: we run cassandra-all). */
const jdk17Flags = [
  '-XX:+UseG1GC',
  '-XX:+ParallelRefProcEnabled',
  '-XX:MaxTenuringThreshold=1',
  '-XX:G1HeapRegionSize=16m',
  '-Djdk.attach.allowAttachSelf=true',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dio.netty.allocator.useCacheForAllThreads=true',
  '-Dio.netty.allocator.maxOrder=11',
  ...[
    'java.base/jdk.internal.misc',
    'java.management.rmi/com.sun.jmx.remote.internal.rmi',
    'java.rmi/sun.rmi.registry',
    'java.rmi/sun.rmi.server',
    'java.sql/java.sql',
    'java.base/java.lang.ref',
    'jdk.unsupported/sun.misc',
    'jdk.compiler/com.sun.tools.javac.file',
    'jdk.attach/sun.tools.attach',
  ].flatMap((pkg) => ['--add-exports', `${pkg}=ALL-UNNAMED`]),
  ...[
    'java.base/java.lang.module',
    'java.base/jdk.internal.loader',
    'java.base/jdk.internal.ref',
    'java.base/jdk.internal.reflect',
    'java.base/jdk.internal.math',
    'java.base/jdk.internal.module',
    'java.base/jdk.internal.util.jar',
    'jdk.management/com.sun.management.internal',
    'java.base/sun.nio.ch',
    'java.base/java.io',
    'java.base/java.lang.reflect',
    'jdk.compiler/com.sun.tools.javac',
    'java.base/java.lang',
    'java.base/java.util',
  ].flatMap((pkg) => ['--add-opens', `${pkg}=ALL-UNNAMED`]),
];

function jammAgent(ctx: ServiceContext): string {
  const jar = readdirSync(libDir(ctx)).find((name) => /^jamm-.*\.jar$/.test(name));
  if (jar === undefined) throw new Error(`no jamm jar in ${libDir(ctx)}`);
  return `-javaagent:${join(libDir(ctx), jar)}`;
}

export const cassandra: StackService = {
  name: 'cassandra',
  defaultVersion: () => pomVersion('cassandra'),
  port,
  startTimeoutMs: 180_000,
  endpoint: (version) => ({
    service: 'cassandra',
    url: `127.0.0.1:${port}`,
    version,
    extra: { localDataCenter: 'datacenter1' },
  }),
  provision: (ctx) => provisionClasspath('cassandra', ctx),
  start(ctx: ServiceContext) {
    const home = ctx.paths.home;
    mkdirSync(join(home, 'data'), { recursive: true });
    writeFileSync(join(home, 'cassandra.yaml'), cassandraYaml());
    writeFileSync(join(home, 'logback.xml'), logbackXml);
    const args = [
      ...jdk17Flags,
      ...heapFlags('SPANSTREAM_STACK_CASSANDRA_HEAP', '1g', ctx.env),
      '-Xss256k',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djava.net.preferIPv4Stack=true',
      jammAgent(ctx),
      '-Dcassandra-foreground=yes',
      `-Dcassandra.config=file://${join(home, 'cassandra.yaml')}`,
      `-Dcassandra.storagedir=${join(home, 'data')}`,
      `-Dlogback.configurationFile=${join(home, 'logback.xml')}`,
      '-Dcassandra.skip_wait_for_gossip_to_settle=0',
      '-cp',
      classpath(ctx),
      'org.apache.cassandra.service.CassandraDaemon',
    ];
    return Promise.resolve({
      pid: spawnDetached(javaBin(jdk17(ctx.env)), args, { log: ctx.paths.log, cwd: home }),
    });
  },
  ready: async () => (await cqlReleaseVersion(`127.0.0.1:${port}`)) !== undefined,
};
