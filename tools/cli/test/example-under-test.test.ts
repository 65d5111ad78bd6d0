import { join } from 'node:path';
import type { DeploymentUnderTest } from '@spanstream/e2e';
import { describe, expect, it } from 'vitest';
import { loadCrFile, loadCrText } from '../src/cr/load.ts';
import { planTopology } from '../src/topology/plan.ts';
import { EXAMPLES, exampleUnderTest, setOption } from './example-under-test.ts';

/** A deployment as deploymentUnderTest reserves it, without servers (nothing here connects). */
const deployment: DeploymentUnderTest = {
  listeners: {
    otlpHttpPort: 40001,
    queryPort: 40002,
    samplingPort: 40003,
    agentCompactPort: 40004,
    collector: {
      'collector.otlp.http.host-port': '127.0.0.1:40001',
      'collector.zipkin.host-port': '',
      'collector.sampling.http.host-port': '127.0.0.1:40003',
    },
    query: { 'query.http-server.host-port': '127.0.0.1:40002' },
    udp: { 'processor.jaeger-compact.server-host-port': '127.0.0.1:40004' },
    admin: () => Promise.resolve({ 'admin.http.host-port': '127.0.0.1:0' }),
  },
  storage: {
    args: [],
    options: { 'es.server-urls': 'http://es:9200', 'es.index-prefix': 'e2e_x' },
    name: 'e2e_x',
    cleanup: () => Promise.resolve(),
  },
  topic: {
    brokers: 'k:9092',
    topic: 't1',
    dlqTopic: 't1-dlq',
    groupId: 'g1',
    producerArgs: [],
    consumerArgs: [],
  },
  cleanup: () => Promise.resolve(),
};

const MOVED = [
  'admin.http.host-port',
  'collector.',
  'query.http-server',
  'processor.',
  'es.server-urls',
  'es.index-prefix',
  'es.num-shards',
  'es.num-replicas',
  'es.bulk.flush-interval',
  'kafka.producer.brokers',
  'kafka.producer.topic',
  'kafka.consumer.',
];
const moved = (flag: string): boolean => MOVED.some((prefix) => flag.startsWith(`--${prefix}`));
// Every other flag (es.use-aliases, memory.max-traces, log-level, deadlockInterval…) stays the example's own.

describe('setOption', () => {
  it('writes into the nesting the options already use, else as a dotted key', () => {
    const options: Record<string, unknown> = { es: { 'server-urls': 'a', bulk: {} }, 'memory.max-traces': 1 };
    setOption(options, 'es.server-urls', 'b');
    setOption(options, 'es.bulk.flush-interval', '20ms');
    setOption(options, 'memory.max-traces', '5');
    setOption(options, 'log-level', 'info');
    expect(options).toEqual({
      es: { 'server-urls': 'b', bulk: { 'flush-interval': '20ms' } },
      'memory.max-traces': '5',
      'log-level': 'info',
    });
  });
});

describe('exampleUnderTest', () => {
  it.each([
    'streaming-kafka.yaml',
    'elasticsearch-jobs.yaml',
    'all-in-one-with-options.yaml',
    'sampling.yaml',
  ])(
    "%s keeps the example's processes and every flag but listeners, servers, prefix and topics",
    async (file) => {
      const original = planTopology(loadCrFile(join(EXAMPLES, file)));
      const underTest = planTopology(loadCrText(await exampleUnderTest(file, deployment)));
      expect(underTest.processes.map((p) => p.name)).toEqual(original.processes.map((p) => p.name));
      for (const [i, process] of underTest.processes.entries()) {
        const kept = (args: readonly string[]) => args.filter((a) => !moved(a)).sort();
        expect(kept(process.args), process.name).toEqual(kept(original.processes[i]!.args));
        expect(process.files).toEqual(original.processes[i]!.files);
      }
    },
  );

  it('points the streaming components at the reserved topic and group', async () => {
    const { processes } = planTopology(
      loadCrText(await exampleUnderTest('streaming-kafka.yaml', deployment)),
    );
    const args = (name: string) => processes.find((p) => p.name === name)!.args;
    expect(args('collector-0')).toEqual(
      expect.arrayContaining(['--kafka.producer.topic=t1', '--kafka.producer.brokers=k:9092']),
    );
    expect(args('ingester-1')).toEqual(
      expect.arrayContaining([
        '--kafka.consumer.topic=t1',
        '--kafka.consumer.group-id=g1',
        '--kafka.consumer.dlq-topic=t1-dlq',
        '--es.index-prefix=e2e_x',
        '--ingester.deadlockInterval=0',
      ]),
    );
  });
});
