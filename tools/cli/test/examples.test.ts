import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCrFile } from '../src/cr/load.ts';
import { renderCompose } from '../src/render/compose.ts';
import { renderKubernetes } from '../src/render/kubernetes.ts';
import { planTopology } from '../src/topology/plan.ts';
import { REPO_ROOT } from '../src/topology/programs.ts';

const EXAMPLES = join(REPO_ROOT, 'examples', 'operator');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));

type Obj = Record<string, unknown>;
const kindsAndNames = (objects: Obj[]): string[] =>
  objects.map((o) => `${String(o['kind'])}/${String((o['metadata'] as Obj)['name'])}`);
const byName = (objects: Obj[], kind: string, name: string): Obj => {
  const found = objects.find((o) => o['kind'] === kind && (o['metadata'] as Obj)['name'] === name);
  if (found === undefined) throw new Error(`no ${kind}/${name} in ${kindsAndNames(objects).join(', ')}`);
  return found;
};
const podSpec = (deployment: Obj): Obj => ((deployment['spec'] as Obj)['template'] as Obj)['spec'] as Obj;
const container = (deployment: Obj): Obj => (podSpec(deployment)['containers'] as Obj[])[0]!;

// Each example's render, kind/name by kind/name, as the operator would create them.
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'simplest.yaml': [
    'Deployment/simplest',
    'Service/simplest-collector',
    'Service/simplest-query',
    'Ingress/simplest-query',
  ],
  'all-in-one-with-options.yaml': ['Deployment/my-jaeger', 'Service/my-jaeger-query'],
  'production-elasticsearch.yaml': [
    'Deployment/simple-prod-collector',
    'Deployment/simple-prod-query',
    'Deployment/simple-prod-jobs',
    'Service/simple-prod-collector',
    'Service/simple-prod-query',
  ],
  'streaming-kafka.yaml': [
    'Deployment/simple-streaming-collector',
    'Deployment/simple-streaming-ingester',
    'Deployment/simple-streaming-query',
    'Deployment/simple-streaming-aggregator',
    'Deployment/simple-streaming-jobs',
  ],
  'cassandra-without-create-schema.yaml': ['Deployment/cassandra-without-create-schema'],
  'elasticsearch-jobs.yaml': ['Deployment/es-jobs-jobs'],
  'agent-as-daemonset.yaml': [
    'DaemonSet/agent-as-daemonset-agent-daemonset',
    'Deployment/agent-as-daemonset',
  ],
  'ui-options.yaml': ['ConfigMap/with-ui-options-ui-configuration', 'Deployment/with-ui-options'],
  'sampling.yaml': ['ConfigMap/with-sampling-sampling-configuration', 'Deployment/with-sampling'],
  'finer-grained.yaml': [
    'Deployment/simple-prod-finer-collector',
    'Deployment/simple-prod-finer-query',
    'Ingress/simple-prod-finer-query',
  ],
};

describe('examples/operator', () => {
  it('has every example the brief lists', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(files)('%s', (file) => {
    const cr = loadCrFile(join(EXAMPLES, file));

    it('passes validate and renders Kubernetes objects that kubernetes-models accepts, with the expected ones', () => {
      const objects = renderKubernetes(cr);
      expect(kindsAndNames(objects)).toEqual(expect.arrayContaining([...EXPECTED[file]!]));
    });

    it('renders a compose service per process of `up`', () => {
      const compose = renderCompose(cr);
      const services = Object.keys(compose['services'] as Obj);
      expect(services).toEqual(planTopology(cr).processes.map((p) => `${cr.metadata.name}-${p.name}`));
    });
  });

  it('maps options 1:1 onto flags: storage options to every storage user, component options to their binary', () => {
    const objects = renderKubernetes(loadCrFile(join(EXAMPLES, 'streaming-kafka.yaml')));
    const collector = container(byName(objects, 'Deployment', 'simple-streaming-collector'))['args'];
    expect(collector).toEqual(
      expect.arrayContaining([
        'collector',
        '--span-storage.type=kafka',
        '--kafka.producer.brokers=127.0.0.1:9092',
        '--kafka.producer.batch-linger=1s',
      ]),
    );
    const ingester = byName(objects, 'Deployment', 'simple-streaming-ingester');
    expect((ingester['spec'] as Obj)['replicas']).toBe(2);
    expect(container(ingester)['args']).toEqual(
      expect.arrayContaining([
        '--span-storage.type=elasticsearch',
        '--es.server-urls=http://127.0.0.1:9200',
        '--ingester.deadlockInterval=0',
      ]),
    );
    const query = container(byName(objects, 'Deployment', 'simple-streaming-query'))['args'] as string[];
    expect(query).toContain('--es.server-urls=http://127.0.0.1:9200');
    expect(query.some((a) => a.startsWith('--kafka.'))).toBe(false);
  });

  it('places every finer-grained field where Kubernetes expects it', () => {
    const objects = renderKubernetes(loadCrFile(join(EXAMPLES, 'finer-grained.yaml')));
    const query = byName(objects, 'Deployment', 'simple-prod-finer-query');
    const pod = podSpec(query);
    const meta = ((query['spec'] as Obj)['template'] as Obj)['metadata'] as Obj;
    expect(meta['annotations']).toEqual({ key1: 'value1' });
    expect(meta['labels']).toMatchObject({ key2: 'value2', tier: 'frontend' });
    expect(pod['serviceAccountName']).toBe('nameOfServiceAccount');
    expect(pod['securityContext']).toEqual({ runAsUser: 1000 });
    expect(pod['tolerations']).toHaveLength(2);
    expect(pod['affinity']).toHaveProperty('nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution');
    expect(pod['volumes']).toEqual([
      {
        name: 'config-vol',
        configMap: { name: 'log-config', items: [{ key: 'log_level', path: 'log_level' }] },
      },
    ]);
    const c = container(query);
    expect(c['resources']).toEqual({
      requests: { memory: '64Mi', cpu: '250m' },
      limits: { memory: '128Mi', cpu: '500m' },
    });
    expect(c['volumeMounts']).toEqual([{ name: 'config-vol', mountPath: '/etc/config' }]);
    expect(c['envFrom']).toEqual([{ secretRef: { name: 'jaeger-secret' } }]);
    const service = byName(objects, 'Service', 'simple-prod-finer-query');
    expect((service['spec'] as Obj)['type']).toBe('NodePort');
    const ingress = byName(objects, 'Ingress', 'simple-prod-finer-query');
    expect((ingress['spec'] as Obj)['rules']).toEqual([
      {
        host: 'jaeger.example.com',
        http: {
          paths: [
            {
              path: '/',
              pathType: 'Prefix',
              backend: { service: { name: 'simple-prod-finer-query', port: { number: 16686 } } },
            },
          ],
        },
      },
    ]);
  });

  it('mounts the UI and sampling ConfigMaps and points the flags at them', () => {
    const ui = renderKubernetes(loadCrFile(join(EXAMPLES, 'ui-options.yaml')));
    const configMap = byName(ui, 'ConfigMap', 'with-ui-options-ui-configuration');
    expect(JSON.parse((configMap['data'] as Record<string, string>)['ui-config.json']!)).toMatchObject({
      dependencies: { menuEnabled: false },
    });
    const aio = container(byName(ui, 'Deployment', 'with-ui-options'));
    expect(aio['args']).toContain('--query.ui-config=/etc/spanstream/ui-config.json');
    expect(aio['volumeMounts']).toContainEqual(
      expect.objectContaining({ mountPath: '/etc/spanstream/ui-config.json', subPath: 'ui-config.json' }),
    );
    const sampling = renderKubernetes(loadCrFile(join(EXAMPLES, 'sampling.yaml')));
    const strategies = byName(sampling, 'ConfigMap', 'with-sampling-sampling-configuration');
    expect(JSON.parse((strategies['data'] as Record<string, string>)['sampling-strategies.json']!)).toEqual({
      default_strategy: { type: 'probabilistic', param: 0.5 },
    });
    expect(container(byName(sampling, 'Deployment', 'with-sampling'))['args']).toContain(
      '--sampling.strategies-file=/etc/spanstream/sampling-strategies.json',
    );
  });

  it('runs the jobs worker with the flags of the jobs the CR enables', () => {
    const objects = renderKubernetes(loadCrFile(join(EXAMPLES, 'elasticsearch-jobs.yaml')));
    const jobs = container(byName(objects, 'Deployment', 'es-jobs-jobs'));
    expect(jobs['command']).toEqual(['node', 'services/jobs/src/main.ts']);
    expect(jobs['args']).toEqual(
      expect.arrayContaining([
        'worker',
        '--es-index-cleaner.enabled=true',
        '--es-index-cleaner.schedule=55 23 * * *',
        '--es-index-cleaner.number-of-days=7',
        '--es-rollover.enabled=true',
        '--es-rollover.conditions={"max_age": "2d"}',
        '--dependencies.enabled=true',
        '--dependencies.schedule=55 23 * * *',
      ]),
    );
    expect(jobs['resources']).toEqual({ requests: { memory: '512Mi' }, limits: { memory: '1Gi' } });
  });

  it("passes cassandraCreateSchema on as the binaries' own schema flag", () => {
    const objects = renderKubernetes(loadCrFile(join(EXAMPLES, 'cassandra-without-create-schema.yaml')));
    const args = container(byName(objects, 'Deployment', 'cassandra-without-create-schema'))['args'];
    // The all-in-one's flags decide: once it takes Cassandra flags, --cassandra.create-schema=false is among them.
    expect(args).toEqual(expect.arrayContaining(['all-in-one', '--span-storage.type=cassandra']));
  });

  it('deploys the agent as a DaemonSet on host ports, reporting to the collector', () => {
    const objects = renderKubernetes(loadCrFile(join(EXAMPLES, 'agent-as-daemonset.yaml')));
    const daemonSet = byName(objects, 'DaemonSet', 'agent-as-daemonset-agent-daemonset');
    const c = container(daemonSet);
    expect(c['args']).toEqual([
      'agent',
      '--reporter.grpc.host-port=dns:///agent-as-daemonset-collector-headless:14250',
      '--log-level=debug',
    ]);
    expect(c['ports']).toContainEqual({
      name: 'jg-compact-trft',
      containerPort: 6831,
      hostPort: 6831,
      protocol: 'UDP',
    });
  });
});
