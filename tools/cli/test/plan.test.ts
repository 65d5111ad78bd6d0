import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCrText } from '../src/cr/load.ts';
import { FILES_DIR, planTopology } from '../src/topology/plan.ts';
import { PROGRAMS, REPO_ROOT } from '../src/topology/programs.ts';

const cr = (spec: string) =>
  loadCrText(`apiVersion: jaegertracing.io/v1\nkind: Jaeger\nmetadata:\n  name: t\nspec:\n${spec}`);

const hostPorts = (args: readonly string[]): string[] =>
  args.filter((a) => /host-port=/.test(a)).map((a) => a.slice(a.indexOf('=') + 1));

describe('planTopology', () => {
  it('runs production as collector and query replicas, each replica on its own ports', () => {
    const topology = planTopology(
      cr(`  strategy: production
  collector:
    replicas: 3
    options:
      collector.otlp.http.host-port: 127.0.0.1:24318
  query:
    replicas: 2
  storage:
    type: cassandra
`),
    );
    expect(topology.processes.map((p) => p.name)).toEqual([
      'collector-0',
      'collector-1',
      'collector-2',
      'query-0',
      'query-1',
    ]);
    const [c0, c1, c2] = topology.processes;
    expect(c0!.args).toContain('--collector.otlp.http.host-port=127.0.0.1:24318');
    expect(c1!.args).toContain('--collector.otlp.http.host-port=127.0.0.1:25318');
    expect(c2!.args).toContain('--collector.otlp.http.host-port=127.0.0.1:26318');
    expect(c1!.args).toContain('--admin.http.host-port=127.0.0.1:15269');
    // No two processes listen on the same address.
    const all = topology.processes.flatMap((p) =>
      hostPorts(p.args.filter((a) => !a.includes('=127.0.0.1:0'))),
    );
    const replicaAddresses = topology.processes
      .filter((p) => !p.name.endsWith('-0'))
      .flatMap((p) => hostPorts(p.args));
    expect(new Set(replicaAddresses).size).toBe(replicaAddresses.length);
    expect(all.length).toBeGreaterThan(10);
    // The binaries create the Cassandra schema themselves (the operator's create-schema Job).
    expect(c0!.args).toContain('--cassandra.create-schema=true');
  });

  it('leaves port 0 (ephemeral) alone in every replica', () => {
    const topology = planTopology(
      cr(`  strategy: production
  storage:
    type: elasticsearch
    esIndexCleaner:
      enabled: false
  collector:
    replicas: 2
    options:
      admin.http.host-port: 127.0.0.1:0
`),
    );
    expect(topology.processes[1]!.args.filter((a) => a.startsWith('--admin.http.host-port='))).toEqual([
      '--admin.http.host-port=127.0.0.1:0',
    ]);
  });

  it('runs streaming as collector (to Kafka), N ingesters, query, the aggregator and the jobs worker', () => {
    const topology = planTopology(
      cr(`  strategy: streaming
  collector:
    options:
      kafka.producer.brokers: 127.0.0.1:9092
  ingester:
    replicas: 2
    options:
      kafka.consumer:
        brokers: 127.0.0.1:9092
        topic: spans-t
  storage:
    type: elasticsearch
    options:
      es.server-urls: http://127.0.0.1:9200
`),
    );
    expect(topology.processes.map((p) => [p.name, p.critical])).toEqual([
      ['collector-0', true],
      ['ingester-0', true],
      ['ingester-1', true],
      ['query-0', true],
      ['jobs-worker', false],
      ['aggregator', false],
    ]);
    expect(topology.processes[0]!.args).toContain('--span-storage.type=kafka');
    expect(topology.processes[1]!.args).toEqual(
      expect.arrayContaining(['--span-storage.type=elasticsearch', '--kafka.consumer.topic=spans-t']),
    );
    expect(topology.processes[2]!.args).toContain('--admin.http.host-port=127.0.0.1:15270');
    expect(topology.processes[5]!.args).toEqual(
      expect.arrayContaining([
        '--span-storage.type=elasticsearch',
        '--es.server-urls=http://127.0.0.1:9200',
        '--kafka.consumer.topic=spans-t',
      ]),
    );
  });

  it('writes the UI and sampling options to files the flags point at, unless a flag is given', () => {
    const topology = planTopology(
      cr(`  ui:
    options:
      dependencies:
        menuEnabled: false
  sampling:
    options:
      default_strategy:
        type: probabilistic
        param: 0.5
`),
    );
    const [aio] = topology.processes;
    expect(aio!.files).toEqual({
      'ui-config.json': { dependencies: { menuEnabled: false } },
      'sampling-strategies.json': { default_strategy: { type: 'probabilistic', param: 0.5 } },
    });
    expect(aio!.args).toEqual(
      expect.arrayContaining([
        `--query.ui-config=${FILES_DIR}/ui-config.json`,
        `--sampling.strategies-file=${FILES_DIR}/sampling-strategies.json`,
      ]),
    );
    const explicit = planTopology(
      cr('  allInOne:\n    options:\n      query.ui-config: /etc/ui.json\n  ui:\n    options:\n      a: 1\n'),
    );
    expect(explicit.processes[0]!.files).toEqual({});
    expect(explicit.processes[0]!.args.filter((a) => a.startsWith('--query.ui-config'))).toEqual([
      '--query.ui-config=/etc/ui.json',
    ]);
  });

  it('notes what it does not start here (the agent DaemonSet, Kubernetes secrets)', () => {
    const topology = planTopology(cr('  agent:\n    strategy: DaemonSet\n  storage:\n    secretName: s\n'));
    expect(topology.notes).toHaveLength(2);
    expect(topology.notes[0]).toContain('agent.strategy DaemonSet');
    expect(topology.notes[1]).toContain('storage.secretName s');
  });
});

describe('PROGRAMS', () => {
  it("starts each binary as the root package.json's script does", () => {
    const scripts = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const script: Record<string, string> = {
      'all-in-one': 'start',
      collector: 'collector',
      ingester: 'ingester',
      query: 'query',
      jobs: 'jobs',
      aggregator: 'aggregator',
    };
    for (const [program, command] of Object.entries(PROGRAMS)) {
      expect(scripts[script[program]!], program).toBe(['node', ...command.nodeArgs, command.entry].join(' '));
      const pre = scripts[`pre${script[program]!}`];
      expect(
        command.prepare.map((p) => `node ${p}`),
        program,
      ).toEqual(pre === undefined ? [] : [pre]);
    }
  });
});
