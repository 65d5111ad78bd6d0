import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import type { CommonSpec, Jaeger } from '../cr/schema.ts';
import { componentFlagEntries } from '../options/component-flags.ts';
import { toFlags } from '../options/flatten.ts';
import { FILES_DIR, planTopology, type ProcessSpec, type Program } from '../topology/plan.ts';
import { PROGRAMS } from '../topology/programs.ts';
import { mergePodFields } from './pod-fields.ts';

/** This repository's image (Dockerfile); `spec.<component>.image` replaces it. */
export const DEFAULT_IMAGE = 'spanstream:dev';
/** Where the ConfigMaps' files (UI configuration, sampling strategies) are mounted. */
export const FILES_MOUNT = '/etc/spanstream';

type Obj = Record<string, unknown>;
type Port = { readonly name: string; readonly port: number; readonly protocol?: 'UDP' };

const COLLECTOR_PORTS: readonly Port[] = [
  { name: 'otlp-grpc', port: 4317 },
  { name: 'otlp-http', port: 4318 },
  { name: 'grpc', port: 14250 },
  { name: 'http-c-binary', port: 14268 },
  { name: 'zipkin', port: 9411 },
  { name: 'http-sampling', port: 5778 },
];
const QUERY_PORTS: readonly Port[] = [
  { name: 'http-query', port: 16686 },
  { name: 'grpc-query', port: 16685 },
];
// The jobs worker and the aggregator (issues 15, 16) get no admin port or probe until their defaults
// are known: a wrong readiness probe would keep their pods unready forever.
const ADMIN_PORT: Readonly<Record<Program, number | undefined>> = {
  'all-in-one': 14269,
  collector: 14269,
  query: 16687,
  ingester: 14270,
  jobs: undefined,
  aggregator: undefined,
};
/** The CR component whose finer-grained fields and image apply to a program. */
const SPEC_KEY: Readonly<Record<Program, 'allInOne' | 'collector' | 'query' | 'ingester' | undefined>> = {
  'all-in-one': 'allInOne',
  collector: 'collector',
  query: 'query',
  ingester: 'ingester',
  jobs: undefined,
  aggregator: undefined,
};

/**
 * Kubernetes objects for a CR, named as the operator names them (`<name>-collector`, `<name>-query`…),
 * each checked with its kubernetes-models schema (a failure is a bug here: it throws).
 */
export function renderKubernetes(cr: Jaeger): Obj[] {
  const name = cr.metadata.name;
  const namespace = cr.metadata.namespace;
  const objects: { validate(): void; toJSON(): unknown }[] = [];
  const meta = (objectName: string, component: string, extra: Obj = {}): Obj => ({
    name: objectName,
    ...(namespace === undefined ? {} : { namespace }),
    labels: labelsFor(name, component),
    ...extra,
  });
  const files = filesOf(cr);
  for (const [file, configMap] of Object.entries(files)) {
    objects.push(
      new ConfigMap({
        metadata: meta(configMap.name, configMap.component),
        data: { [file]: `${JSON.stringify(configMap.content, null, 2)}\n` },
      }),
    );
  }
  const firstOfEach = new Map<Program, { spec: ProcessSpec; replicas: number }>();
  for (const spec of planTopology(cr).processes) {
    const seen = firstOfEach.get(spec.program);
    if (seen === undefined) firstOfEach.set(spec.program, { spec, replicas: 1 });
    else seen.replicas++;
  }
  for (const [program, { spec, replicas }] of firstOfEach) {
    const objectName = program === 'all-in-one' ? name : `${name}-${program}`;
    const specKey = SPEC_KEY[program];
    const component = specKey === undefined ? undefined : cr.spec?.[specKey];
    const layers = [cr.spec as CommonSpec | undefined, ...jobLayers(cr, program), component];
    objects.push(new Deployment(workload(cr, objectName, program, spec, replicas, layers, files, meta)));
    for (const service of servicesFor(cr, program)) objects.push(new Service(service));
  }
  if (cr.spec?.agent?.strategy === 'DaemonSet') objects.push(new DaemonSet(agentDaemonSet(cr, meta)));
  if (cr.spec?.ingress?.enabled !== false) objects.push(new Ingress(ingress(cr, meta)));
  for (const object of objects) object.validate();
  return objects.map((o) => o.toJSON() as Obj);
}

function labelsFor(instance: string, component: string): Record<string, string> {
  return {
    app: 'jaeger',
    'app.kubernetes.io/name': component === 'all-in-one' ? instance : `${instance}-${component}`,
    'app.kubernetes.io/instance': instance,
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/part-of': 'jaeger',
    'app.kubernetes.io/managed-by': 'spanstream',
  };
}

interface FileConfigMap {
  readonly name: string;
  readonly component: string;
  readonly content: unknown;
}

function filesOf(cr: Jaeger): Record<string, FileConfigMap> {
  const files: Record<string, FileConfigMap> = {};
  const ui = cr.spec?.ui?.options;
  if (ui !== undefined)
    files['ui-config.json'] = {
      name: `${cr.metadata.name}-ui-configuration`,
      component: 'ui-configuration',
      content: ui,
    };
  const sampling = cr.spec?.sampling?.options;
  if (sampling !== undefined) {
    files['sampling-strategies.json'] = {
      name: `${cr.metadata.name}-sampling-configuration`,
      component: 'sampling-configuration',
      content: sampling,
    };
  }
  return files;
}

/** The jobs worker takes the finer-grained fields of the jobs it runs (their resources, say). */
function jobLayers(cr: Jaeger, program: Program): (CommonSpec | undefined)[] {
  if (program !== 'jobs') return [];
  const storage = cr.spec?.storage;
  return [storage?.esIndexCleaner, storage?.esRollover, storage?.dependencies];
}

function workload(
  cr: Jaeger,
  objectName: string,
  program: Program,
  spec: ProcessSpec,
  replicas: number,
  layers: readonly (CommonSpec | undefined)[],
  files: Record<string, FileConfigMap>,
  meta: (objectName: string, component: string, extra?: Obj) => Obj,
): Obj {
  const fields = mergePodFields(...layers);
  const specKey = SPEC_KEY[program];
  const component = specKey === undefined ? undefined : cr.spec?.[specKey];
  const usedFiles = Object.keys(spec.files);
  const mounts = usedFiles.map((file) => ({
    name: volumeName(file),
    mountPath: `${FILES_MOUNT}/${file}`,
    subPath: file,
    readOnly: true,
  }));
  const volumes = usedFiles.map((file) => ({
    name: volumeName(file),
    configMap: { name: files[file]!.name },
  }));
  const secret = cr.spec?.storage?.secretName;
  const labels = { ...fields.labels, ...labelsFor(cr.metadata.name, program) };
  const args = spec.args.map((a) => a.replaceAll(FILES_DIR, FILES_MOUNT));
  const admin = ADMIN_PORT[program];
  const container: Obj = {
    name: program === 'all-in-one' ? 'jaeger' : `jaeger-${program}`,
    image: component?.image ?? DEFAULT_IMAGE,
    // The image's entry point knows all-in-one, collector, ingester and query; the others run by path.
    ...(program === 'jobs' || program === 'aggregator'
      ? { command: ['node', PROGRAMS[program].entry], args }
      : { args: [program, ...args] }),
    ports: [...portsOf(program), ...(admin === undefined ? [] : [{ name: 'admin-http', port: admin }])].map(
      (p) => ({
        name: p.name,
        containerPort: p.port,
        ...(p.protocol === undefined ? {} : { protocol: p.protocol }),
      }),
    ),
    ...(secret === undefined ? {} : { envFrom: [{ secretRef: { name: secret } }] }),
    ...(admin === undefined
      ? {}
      : { readinessProbe: { httpGet: { path: '/', port: admin }, initialDelaySeconds: 1 } }),
    ...fields.container,
    volumeMounts: [...mounts, ...((fields.container['volumeMounts'] as unknown[] | undefined) ?? [])],
  };
  const deploymentExtras: Obj = {};
  if (component !== undefined && 'strategy' in component && component.strategy !== undefined)
    deploymentExtras['strategy'] = component.strategy;
  const podExtras: Obj = {};
  if (component !== undefined) {
    if ('nodeSelector' in component && component.nodeSelector != null)
      podExtras['nodeSelector'] = component.nodeSelector;
    if ('priorityClassName' in component && component.priorityClassName !== undefined)
      podExtras['priorityClassName'] = component.priorityClassName;
    if (
      'terminationGracePeriodSeconds' in component &&
      component.terminationGracePeriodSeconds !== undefined
    ) {
      podExtras['terminationGracePeriodSeconds'] = component.terminationGracePeriodSeconds;
    }
    if ('lifecycle' in component && component.lifecycle !== undefined)
      container['lifecycle'] = component.lifecycle;
  }
  return {
    metadata: meta(objectName, program, { labels, annotations: fields.annotations }),
    spec: {
      replicas,
      selector: { matchLabels: labelsFor(cr.metadata.name, program) },
      ...deploymentExtras,
      template: {
        metadata: { labels, annotations: fields.annotations },
        spec: {
          containers: [container],
          ...fields.pod,
          ...podExtras,
          volumes: [...volumes, ...((fields.pod['volumes'] as unknown[] | undefined) ?? [])],
        },
      },
    },
  };
}

const volumeName = (file: string): string => file.replace(/\.json$/, '').replaceAll('.', '-');

function portsOf(program: Program): readonly Port[] {
  if (program === 'all-in-one') return [...COLLECTOR_PORTS, ...QUERY_PORTS];
  if (program === 'collector') return COLLECTOR_PORTS;
  if (program === 'query') return QUERY_PORTS;
  return [];
}

function servicesFor(cr: Jaeger, program: Program): Obj[] {
  const name = cr.metadata.name;
  const namespace = cr.metadata.namespace === undefined ? {} : { namespace: cr.metadata.namespace };
  const selector = labelsFor(name, program);
  const service = (serviceName: string, component: string, ports: readonly Port[], extra: Obj = {}): Obj => ({
    metadata: { name: serviceName, ...namespace, labels: labelsFor(name, component) },
    spec: {
      selector,
      ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port })),
      ...extra,
    },
  });
  const collector = cr.spec?.collector;
  const query = cr.spec?.query;
  const queryExtra: Obj = query?.serviceType === undefined ? {} : { type: query.serviceType };
  const queryPorts = QUERY_PORTS.map((p, i) => ({
    ...p,
    ...(i === 0 && query?.nodePort !== undefined ? { nodePort: query.nodePort } : {}),
    ...(i === 1 && query?.grpcNodePort !== undefined ? { nodePort: query.grpcNodePort } : {}),
  }));
  const withNodePorts = (s: Obj): Obj => {
    const spec = s['spec'] as { ports: Obj[] };
    spec.ports = spec.ports.map((p, i) => ({
      ...p,
      ...(queryPorts[i]?.nodePort === undefined ? {} : { nodePort: queryPorts[i].nodePort }),
    }));
    return s;
  };
  const collectorExtra: Obj = collector?.serviceType === undefined ? {} : { type: collector.serviceType };
  if (program === 'collector' || program === 'all-in-one') {
    const out = [
      service(
        `${name}-collector`,
        'service-collector',
        COLLECTOR_PORTS,
        program === 'collector' ? collectorExtra : {},
      ),
      service(`${name}-collector-headless`, 'service-collector', COLLECTOR_PORTS, { clusterIP: 'None' }),
    ];
    if (program === 'all-in-one')
      out.push(withNodePorts(service(`${name}-query`, 'service-query', QUERY_PORTS, queryExtra)));
    return out;
  }
  if (program === 'query')
    return [withNodePorts(service(`${name}-query`, 'service-query', QUERY_PORTS, queryExtra))];
  return [];
}

function agentDaemonSet(cr: Jaeger, meta: (objectName: string, component: string, extra?: Obj) => Obj): Obj {
  const agent = cr.spec?.agent ?? undefined;
  const fields = mergePodFields(cr.spec, agent ?? undefined);
  const labels = { ...fields.labels, ...labelsFor(cr.metadata.name, 'agent') };
  const flags = toFlags(componentFlagEntries(cr, 'agent'));
  const collector = `dns:///${cr.metadata.name}-collector-headless${cr.metadata.namespace === undefined ? '' : `.${cr.metadata.namespace}`}:14250`;
  const reporter = flags.some((f) => f.startsWith('--reporter.grpc.host-port='))
    ? []
    : [`--reporter.grpc.host-port=${collector}`];
  const ports: Port[] = [
    { name: 'zk-compact-trft', port: 5775, protocol: 'UDP' },
    { name: 'config-rest', port: 5778 },
    { name: 'jg-compact-trft', port: 6831, protocol: 'UDP' },
    { name: 'jg-binary-trft', port: 6832, protocol: 'UDP' },
    { name: 'admin-http', port: 14271 },
  ];
  return {
    metadata: meta(`${cr.metadata.name}-agent-daemonset`, 'agent', {
      labels,
      annotations: fields.annotations,
    }),
    spec: {
      selector: { matchLabels: labelsFor(cr.metadata.name, 'agent') },
      template: {
        metadata: { labels, annotations: fields.annotations },
        spec: {
          containers: [
            {
              name: 'jaeger-agent-daemonset',
              image: agent?.image ?? DEFAULT_IMAGE,
              args: ['agent', ...reporter, ...flags],
              ports: ports.map((p) => ({
                name: p.name,
                containerPort: p.port,
                hostPort: p.port,
                ...(p.protocol === undefined ? {} : { protocol: p.protocol }),
              })),
              ...fields.container,
            },
          ],
          ...fields.pod,
          ...(agent?.hostNetwork === undefined ? {} : { hostNetwork: agent.hostNetwork }),
          ...(agent?.dnsPolicy === undefined ? {} : { dnsPolicy: agent.dnsPolicy }),
          ...(agent?.priorityClassName === undefined ? {} : { priorityClassName: agent.priorityClassName }),
        },
      },
    },
  };
}

function ingress(cr: Jaeger, meta: (objectName: string, component: string, extra?: Obj) => Obj): Obj {
  const spec = cr.spec?.ingress;
  const fields = mergePodFields(spec);
  const backend = { service: { name: `${cr.metadata.name}-query`, port: { number: 16686 } } };
  const path = { path: '/', pathType: spec?.pathType ?? 'ImplementationSpecific', backend };
  const hosts = spec?.hosts ?? [];
  const tls = spec?.tls ?? (spec?.secretName === undefined ? [] : [{ hosts, secretName: spec.secretName }]);
  return {
    metadata: meta(`${cr.metadata.name}-query`, 'query-ingress', {
      labels: { ...fields.labels, ...labelsFor(cr.metadata.name, 'query-ingress') },
      annotations: fields.annotations,
    }),
    spec: {
      ...(spec?.ingressClassName === undefined ? {} : { ingressClassName: spec.ingressClassName }),
      ...(hosts.length === 0
        ? { defaultBackend: backend }
        : { rules: hosts.map((host) => ({ host, http: { paths: [path] } })) }),
      ...(tls.length === 0 ? {} : { tls }),
    },
  };
}
