/**
 * Our examples against the Jaeger operator's own v1 API: every field they use exists in the operator's
 * `Jaeger` type with the same type. OPERATOR_V1 lists the `spec` fields of jaeger-operator's
 * apis/v1/jaeger_types.go (the source controller-gen generates config/crd/bases/jaegertracing.io_jaegers.yaml
 * from), by JSON name, with their JSON types. Kubernetes-typed fields (affinity, volumes…) are only
 * checked for presence here: kubernetes-models validates their content (examples.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './example-under-test.ts';

type Leaf =
  | 'string'
  | 'integer'
  | 'boolean'
  /** map[string]string */
  | 'map'
  | 'string[]'
  /** `Options` / `FreeForm`: any JSON, kept as is (x-kubernetes-preserve-unknown-fields). */
  | 'freeform'
  /** A Kubernetes type (v1.Affinity, []v1.Volume…) or an OpenShift-only struct. */
  | 'k8s';
interface Fields {
  readonly [name: string]: Leaf | Fields;
}

/** JaegerCommonSpec, inlined into most component specs. */
const COMMON: Fields = {
  volumes: 'k8s',
  volumeMounts: 'k8s',
  annotations: 'map',
  labels: 'map',
  resources: 'k8s',
  affinity: 'k8s',
  tolerations: 'k8s',
  securityContext: 'k8s',
  containerSecurityContext: 'k8s',
  serviceAccount: 'string',
  livenessProbe: 'k8s',
  imagePullSecrets: 'k8s',
  imagePullPolicy: 'string',
};
const AUTOSCALE: Fields = { autoscale: 'boolean', minReplicas: 'integer', maxReplicas: 'integer' };
const METRICS_STORAGE: Fields = { type: 'string', 'server-url': 'string' };
const JOB: Fields = {
  schedule: 'string',
  successfulJobsHistoryLimit: 'integer',
  image: 'string',
  ttlSecondsAfterFinished: 'integer',
  backoffLimit: 'integer',
  ...COMMON,
};

const OPERATOR_V1: Fields = {
  strategy: 'string',
  allInOne: {
    image: 'string',
    options: 'freeform',
    config: 'freeform',
    metricsStorage: METRICS_STORAGE,
    tracingEnabled: 'boolean',
    strategy: 'k8s',
    priorityClassName: 'string',
    ...COMMON,
  },
  query: {
    replicas: 'integer',
    image: 'string',
    options: 'freeform',
    metricsStorage: METRICS_STORAGE,
    serviceType: 'string',
    nodePort: 'integer',
    grpcNodePort: 'integer',
    tracingEnabled: 'boolean',
    priorityClassName: 'string',
    strategy: 'k8s',
    nodeSelector: 'map',
    ...COMMON,
  },
  collector: {
    ...AUTOSCALE,
    replicas: 'integer',
    image: 'string',
    options: 'freeform',
    config: 'freeform',
    serviceType: 'string',
    priorityClassName: 'string',
    strategy: 'k8s',
    kafkaSecretName: 'string',
    nodeSelector: 'map',
    lifecycle: 'k8s',
    terminationGracePeriodSeconds: 'integer',
    ...COMMON,
  },
  ingester: {
    ...AUTOSCALE,
    replicas: 'integer',
    image: 'string',
    options: 'freeform',
    config: 'freeform',
    strategy: 'k8s',
    kafkaSecretName: 'string',
    nodeSelector: 'map',
    ...COMMON,
  },
  agent: {
    strategy: 'string',
    image: 'string',
    options: 'freeform',
    config: 'freeform',
    sidecarSecurityContext: 'k8s',
    hostNetwork: 'boolean',
    dnsPolicy: 'string',
    priorityClassName: 'string',
    ...COMMON,
  },
  ui: { options: 'freeform' },
  sampling: { options: 'freeform' },
  storage: {
    type: 'string',
    secretName: 'string',
    options: 'freeform',
    cassandraCreateSchema: {
      enabled: 'boolean',
      image: 'string',
      datacenter: 'string',
      mode: 'string',
      traceTTL: 'string',
      timeout: 'string',
      affinity: 'k8s',
      ttlSecondsAfterFinished: 'integer',
    },
    dependencies: {
      ...JOB,
      enabled: 'boolean',
      sparkMaster: 'string',
      javaOpts: 'string',
      cassandraClientAuthEnabled: 'boolean',
      elasticsearchClientNodeOnly: 'boolean',
      elasticsearchNodesWanOnly: 'boolean',
      elasticsearchTimeRange: 'string',
    },
    esIndexCleaner: { ...JOB, enabled: 'boolean', numberOfDays: 'integer', priorityClassName: 'string' },
    esRollover: { ...JOB, conditions: 'string', readTTL: 'string' },
    elasticsearch: 'k8s',
    grpcPlugin: { image: 'string' },
  },
  ingress: {
    enabled: 'boolean',
    security: 'string',
    openshift: 'k8s',
    hosts: 'string[]',
    pathType: 'string',
    tls: 'k8s',
    secretName: 'string',
    options: 'freeform',
    ingressClassName: 'string',
    ...COMMON,
  },
  ...COMMON,
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const FITS: Readonly<Record<Leaf, (value: unknown) => boolean>> = {
  string: (v) => typeof v === 'string',
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  map: (v) => isObject(v) && Object.values(v).every((e) => typeof e === 'string'),
  'string[]': (v) => Array.isArray(v) && v.every((e) => typeof e === 'string'),
  freeform: (v) => isObject(v),
  k8s: (v) => isObject(v) || Array.isArray(v),
};

/** Every field of `value` the operator does not have, or has with another type, as `path: problem`. */
function mismatches(value: unknown, fields: Fields, path: string): string[] {
  if (!isObject(value)) return [`${path}: expected an object`];
  return Object.entries(value).flatMap(([name, child]) => {
    const field = fields[name];
    const at = `${path}.${name}`;
    if (field === undefined) return [`${at}: not a field of the operator's v1 Jaeger`];
    if (typeof field !== 'string') return mismatches(child, field, at);
    return FITS[field](child) ? [] : [`${at}: the operator's type is ${field}, got ${JSON.stringify(child)}`];
  });
}

const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));

describe("examples/operator against the Jaeger operator's v1 Jaeger fields", () => {
  it.each(files)('%s uses only operator v1 fields, each with its type', (file) => {
    const cr = parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Record<string, unknown>;
    expect(cr['apiVersion']).toBe('jaegertracing.io/v1');
    expect(cr['kind']).toBe('Jaeger');
    expect(mismatches(cr['spec'] ?? {}, OPERATOR_V1, 'spec')).toEqual([]);
  });

  it('notices a field the operator does not have and a type it does not take', () => {
    expect(
      mismatches(
        { collector: { replica: 2, replicas: '2' }, storage: { esIndexCleaner: { numberOfDays: 7.5 } } },
        OPERATOR_V1,
        'spec',
      ),
    ).toEqual([
      "spec.collector.replica: not a field of the operator's v1 Jaeger",
      'spec.collector.replicas: the operator\'s type is integer, got "2"',
      "spec.storage.esIndexCleaner.numberOfDays: the operator's type is integer, got 7.5",
    ]);
  });
});
