/**
 * The two sides as the same three roles, each one server process: a collector (OTLP/HTTP → Kafka), an
 * ingester (Kafka → Elasticsearch) and a query (Elasticsearch → HTTP API). Spanstream's run as their
 * npm scripts start them (the collector's bundle; the root package.json's Node flags); Jaeger's are the
 * cached v2 binary with one role's configuration.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COLLECTOR_BUNDLE } from '@spanstream/collector/build';
import { spawnJaeger, waitJaegerAnswers, type JaegerChild, type Namespace } from '@spanstream/interop/jaeger';
import { freePort, startServiceProcess, type ServiceProcess } from '../processes.ts';
import { jaegerCollectorConfig, jaegerIngesterConfig, jaegerQueryConfig } from './jaeger-roles.ts';
import type { BenchEncoding } from './options.ts';
import { benchKafka, groupJoined } from './verify.ts';

export type SideName = 'ours' | 'jaeger';

export interface Server {
  readonly pid: number;
  /** OTLP/HTTP traces URL (collector) or HTTP API base URL (query); empty for an ingester. */
  readonly url: string;
  stop(): Promise<void>;
}

export interface CollectorPlan {
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly encoding: BenchEncoding;
}

export interface IngesterPlan extends CollectorPlan {
  readonly groupId: string;
  readonly dlqTopic: string;
  readonly ns: Namespace;
}

export interface Side {
  readonly name: SideName;
  collector(plan: CollectorPlan): Promise<Server>;
  /** Resolves once the ingester has joined its consumer group. */
  ingester(plan: IngesterPlan): Promise<Server>;
  query(ns: Namespace): Promise<Server>;
  /** The configuration each role ran with, for the report. */
  readonly configs: Record<string, unknown>;
}

const ROOT_PACKAGE = new URL('../../../package.json', import.meta.url);
const serviceMain = (name: string): string =>
  fileURLToPath(new URL(`../../../services/${name}/src/main.ts`, import.meta.url));

/** The Node flags of an npm script of the root package.json (`npm run collector` etc.). */
function scriptNodeArgs(script: string): string[] {
  const pkg = JSON.parse(readFileSync(ROOT_PACKAGE, 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts[script] ?? '').split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
}

function served(process: ServiceProcess, url: string): Server {
  return {
    pid: process.pid,
    url,
    stop: async () => {
      await process.stop();
    },
  };
}

/** Flags of ours, per role, that are not ports (the report shows them). */
const OUR_FLAGS = {
  collector: ['--kafka.producer.required-acks=all', '--kafka.producer.idempotent=true', '--log-level=warn'],
  ingester: ['--es.num-shards=1', '--es.num-replicas=0', '--log-level=warn'],
  query: ['--log-level=warn'],
};

export function ourSide(): Side {
  const configs: Record<string, unknown> = {
    collector: { main: COLLECTOR_BUNDLE, node: scriptNodeArgs('collector'), flags: OUR_FLAGS.collector },
    ingester: { main: serviceMain('ingester'), node: scriptNodeArgs('ingester'), flags: OUR_FLAGS.ingester },
    query: { main: serviceMain('query'), node: scriptNodeArgs('query'), flags: OUR_FLAGS.query },
  };
  return {
    name: 'ours',
    configs,
    async collector(plan) {
      const [http, admin] = [await freePort(), await freePort()];
      const args = [
        `--collector.otlp.http.host-port=127.0.0.1:${http}`,
        '--collector.otlp.grpc.host-port=',
        '--collector.grpc-server.host-port=',
        '--collector.http-server.host-port=',
        '--collector.zipkin.host-port=',
        '--collector.sampling.http.host-port=',
        `--admin.http.host-port=127.0.0.1:${admin}`,
        '--span-storage.type=kafka',
        `--kafka.producer.brokers=${plan.brokers.join(',')}`,
        `--kafka.producer.topic=${plan.topic}`,
        `--kafka.producer.encoding=${plan.encoding}`,
        ...OUR_FLAGS.collector,
      ];
      const process = await startServiceProcess(
        COLLECTOR_BUNDLE,
        args,
        `http://127.0.0.1:${admin}/`,
        {},
        scriptNodeArgs('collector'),
      );
      return served(process, `http://127.0.0.1:${http}/v1/traces`);
    },
    async ingester(plan) {
      const admin = await freePort();
      const args = [
        `--admin.http.host-port=127.0.0.1:${admin}`,
        `--kafka.consumer.brokers=${plan.brokers.join(',')}`,
        `--kafka.consumer.topic=${plan.topic}`,
        `--kafka.consumer.group-id=${plan.groupId}`,
        `--kafka.consumer.dlq-topic=${plan.dlqTopic}`,
        `--kafka.consumer.encoding=${plan.encoding}`,
        ...plan.ns.ourArgs,
        ...OUR_FLAGS.ingester,
      ];
      const process = await startServiceProcess(
        serviceMain('ingester'),
        args,
        `http://127.0.0.1:${admin}/`,
        {},
        scriptNodeArgs('ingester'),
      );
      await joined(() => process.stop(), plan);
      return served(process, '');
    },
    async query(ns) {
      const [http, admin] = [await freePort(), await freePort()];
      const args = [
        `--admin.http.host-port=127.0.0.1:${admin}`,
        `--query.http-server.host-port=127.0.0.1:${http}`,
        '--query.grpc-server.host-port=127.0.0.1:0',
        ...ns.ourArgs,
        ...OUR_FLAGS.query,
      ];
      const process = await startServiceProcess(
        serviceMain('query'),
        args,
        `http://127.0.0.1:${admin}/`,
        {},
        scriptNodeArgs('query'),
      );
      return served(process, `http://127.0.0.1:${http}`);
    },
  };
}

async function joined(stop: () => Promise<unknown>, plan: IngesterPlan): Promise<void> {
  try {
    await groupJoined(benchKafka(plan.brokers), plan.groupId);
  } catch (error) {
    await stop();
    throw error;
  }
}

function jaegerServer(child: JaegerChild, url: string): Server {
  return { pid: child.pid, url, stop: () => child.stop() };
}

async function ready(child: JaegerChild, url: string, status: number): Promise<void> {
  try {
    await waitJaegerAnswers(child, url, status);
  } catch (error) {
    await child.stop();
    throw error;
  }
}

export function jaegerSide(binary: string): Side {
  const configs: Record<string, unknown> = {};
  return {
    name: 'jaeger',
    configs,
    async collector(plan) {
      const otlpPort = await freePort();
      const config = jaegerCollectorConfig({ ...plan, otlpPort });
      configs[`collector (${plan.encoding})`] = config;
      const child = spawnJaeger(binary, config);
      const url = `http://127.0.0.1:${otlpPort}/v1/traces`;
      // The OTLP/HTTP receiver answers GET with 405 once it listens.
      await ready(child, url, 405);
      return jaegerServer(child, url);
    },
    async ingester(plan) {
      const config = jaegerIngesterConfig({ ...plan, storage: plan.ns.jaeger });
      configs['ingester'] = config;
      const child = spawnJaeger(binary, config);
      await joined(() => child.stop(), plan);
      return jaegerServer(child, '');
    },
    async query(ns) {
      const [httpPort, grpcPort] = [await freePort(), await freePort()];
      const config = jaegerQueryConfig({ httpPort, grpcPort, storage: ns.jaeger });
      configs['query'] = config;
      const child = spawnJaeger(binary, config);
      const url = `http://127.0.0.1:${httpPort}`;
      await ready(child, `${url}/api/services`, 200);
      return jaegerServer(child, url);
    },
  };
}
