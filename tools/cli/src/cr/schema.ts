import { DeploymentStrategy } from 'kubernetes-models/apps/v1/DeploymentStrategy';
import { Affinity } from 'kubernetes-models/v1/Affinity';
import { Lifecycle } from 'kubernetes-models/v1/Lifecycle';
import { LocalObjectReference } from 'kubernetes-models/v1/LocalObjectReference';
import { PodSecurityContext } from 'kubernetes-models/v1/PodSecurityContext';
import { Probe } from 'kubernetes-models/v1/Probe';
import { ResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import { SecurityContext } from 'kubernetes-models/v1/SecurityContext';
import { Toleration } from 'kubernetes-models/v1/Toleration';
import { Volume } from 'kubernetes-models/v1/Volume';
import { VolumeMount } from 'kubernetes-models/v1/VolumeMount';
import { z } from 'zod';
import { k8sField } from './k8s-field.ts';

/**
 * The Jaeger operator's `jaegertracing.io/v1` `Jaeger` resource (its Go types, apis/v1/jaeger_types.go),
 * field for field, with unknown fields refused (the operator's CRD would prune them silently: here a
 * typo is an error). Option maps (`spec.*.options`) are free-form here and checked against our flags
 * afterwards (check.ts); Kubernetes-typed fields are checked with kubernetes-models.
 */

/**
 * The operator's storage types plus OpenSearch and sqlite (ours; `badger` runs on sqlite, ADR 0096);
 * which ones Spanstream runs is checked later.
 */
const OPERATOR_STORAGE_TYPES = [
  'memory',
  'elasticsearch',
  'opensearch',
  'cassandra',
  'kafka',
  'badger',
  'sqlite',
  'grpc-plugin',
] as const;

const STRATEGIES = ['allInOne', 'production', 'streaming'] as const;

const int32 = z.number().int().min(0).max(2_147_483_647);
const stringMap = z.record(z.string(), z.string());
const options = z
  .record(z.string(), z.unknown())
  .meta({ description: 'flags of the binary, nested keys joined with dots' });
const freeForm = z.record(z.string(), z.unknown());

const common = {
  volumes: z.array(k8sField(Volume, 'Kubernetes Volume')).optional(),
  volumeMounts: z.array(k8sField(VolumeMount, 'Kubernetes VolumeMount')).optional(),
  annotations: stringMap.nullable().optional(),
  labels: stringMap.optional(),
  resources: k8sField(ResourceRequirements, 'Kubernetes ResourceRequirements').nullable().optional(),
  affinity: k8sField(Affinity, 'Kubernetes Affinity').optional(),
  tolerations: z.array(k8sField(Toleration, 'Kubernetes Toleration')).optional(),
  securityContext: k8sField(PodSecurityContext, 'Kubernetes PodSecurityContext').optional(),
  containerSecurityContext: k8sField(SecurityContext, 'Kubernetes SecurityContext').optional(),
  serviceAccount: z.string().optional(),
  livenessProbe: k8sField(Probe, 'Kubernetes Probe').optional(),
  imagePullSecrets: z.array(k8sField(LocalObjectReference, 'Kubernetes LocalObjectReference')).optional(),
  imagePullPolicy: z.enum(['Always', 'IfNotPresent', 'Never']).optional(),
};

const deploymentStrategy = k8sField(DeploymentStrategy, 'Kubernetes DeploymentStrategy');

const serviceType = z.enum(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
const metricsStorage = z.strictObject({
  type: z.enum(['', 'prometheus']).optional(),
  'server-url': z.string().optional(),
});
const autoscale = {
  autoscale: z.boolean().optional(),
  minReplicas: int32.optional(),
  maxReplicas: int32.optional(),
};

const allInOne = z.strictObject({
  image: z.string().optional(),
  options: options.optional(),
  config: freeForm.optional(),
  metricsStorage: metricsStorage.optional(),
  ...common,
  tracingEnabled: z.boolean().optional(),
  strategy: deploymentStrategy.optional(),
  priorityClassName: z.string().optional(),
});

const query = z.strictObject({
  replicas: int32.optional(),
  image: z.string().optional(),
  options: options.optional(),
  metricsStorage: metricsStorage.optional(),
  ...common,
  serviceType: serviceType.optional(),
  nodePort: int32.optional(),
  grpcNodePort: int32.optional(),
  tracingEnabled: z.boolean().optional(),
  priorityClassName: z.string().optional(),
  strategy: deploymentStrategy.optional(),
  nodeSelector: stringMap.nullable().optional(),
});

const collector = z.strictObject({
  ...autoscale,
  replicas: int32.optional(),
  image: z.string().optional(),
  options: options.optional(),
  ...common,
  config: freeForm.optional(),
  serviceType: serviceType.optional(),
  priorityClassName: z.string().optional(),
  strategy: deploymentStrategy.optional(),
  kafkaSecretName: z.string().optional(),
  nodeSelector: stringMap.nullable().optional(),
  lifecycle: k8sField(Lifecycle, 'Kubernetes Lifecycle').optional(),
  terminationGracePeriodSeconds: z.number().int().min(0).optional(),
});

const ingester = z.strictObject({
  ...autoscale,
  replicas: int32.optional(),
  image: z.string().optional(),
  options: options.optional(),
  ...common,
  config: freeForm.optional(),
  strategy: deploymentStrategy.optional(),
  kafkaSecretName: z.string().optional(),
  nodeSelector: stringMap.nullable().optional(),
});

const agent = z.strictObject({
  strategy: z.enum(['', 'Sidecar', 'DaemonSet']).optional(),
  image: z.string().optional(),
  options: options.optional(),
  ...common,
  config: freeForm.optional(),
  sidecarSecurityContext: k8sField(SecurityContext, 'Kubernetes SecurityContext').optional(),
  hostNetwork: z.boolean().optional(),
  dnsPolicy: z.enum(['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']).optional(),
  priorityClassName: z.string().optional(),
});

const jobSettings = {
  image: z.string().optional(),
  schedule: z.string().optional(),
  successfulJobsHistoryLimit: int32.optional(),
  ttlSecondsAfterFinished: int32.optional(),
  backoffLimit: int32.optional(),
  ...common,
};

const storage = z.strictObject({
  type: z.enum(OPERATOR_STORAGE_TYPES).optional(),
  secretName: z.string().optional(),
  options: options.optional(),
  cassandraCreateSchema: z
    .strictObject({
      enabled: z.boolean().optional(),
      image: z.string().optional(),
      datacenter: z.string().optional(),
      mode: z.enum(['prod', 'test']).optional(),
      traceTTL: z.string().optional(),
      timeout: z.string().optional(),
      affinity: k8sField(Affinity, 'Kubernetes Affinity').optional(),
      ttlSecondsAfterFinished: int32.optional(),
    })
    .optional(),
  dependencies: z
    .strictObject({
      enabled: z.boolean().optional(),
      sparkMaster: z.string().nullable().optional(),
      javaOpts: z.string().optional(),
      cassandraClientAuthEnabled: z.boolean().optional(),
      elasticsearchClientNodeOnly: z.boolean().optional(),
      elasticsearchNodesWanOnly: z.boolean().optional(),
      elasticsearchTimeRange: z.string().optional(),
      ...jobSettings,
    })
    .optional(),
  esIndexCleaner: z
    .strictObject({
      enabled: z.boolean().optional(),
      numberOfDays: z.number().int().min(0).optional(),
      priorityClassName: z.string().optional(),
      ...jobSettings,
    })
    .optional(),
  esRollover: z
    .strictObject({
      conditions: z.string().optional(),
      readTTL: z.string().optional(),
      ...jobSettings,
    })
    .optional(),
  elasticsearch: z
    .strictObject({
      name: z.string().optional(),
      doNotProvision: z.boolean().optional(),
      useCertManagement: z.boolean().optional(),
      image: z.string().optional(),
      resources: k8sField(ResourceRequirements, 'Kubernetes ResourceRequirements').optional(),
      nodeCount: int32.optional(),
      nodeSelector: stringMap.optional(),
      storage: z
        .strictObject({ storageClassName: z.string().optional(), size: z.string().optional() })
        .optional(),
      redundancyPolicy: z
        .enum(['FullRedundancy', 'MultipleRedundancy', 'SingleRedundancy', 'ZeroRedundancy'])
        .optional(),
      tolerations: z.array(k8sField(Toleration, 'Kubernetes Toleration')).optional(),
      proxyResources: k8sField(ResourceRequirements, 'Kubernetes ResourceRequirements').optional(),
    })
    .optional(),
  grpcPlugin: z.strictObject({ image: z.string().optional() }).optional(),
});

const ingress = z.strictObject({
  enabled: z.boolean().optional(),
  security: z.enum(['', 'none', 'oauth-proxy']).optional(),
  openshift: z
    .strictObject({
      sar: z.string().optional(),
      delegateUrls: z.string().optional(),
      htpasswdFile: z.string().optional(),
      skipLogout: z.boolean().optional(),
    })
    .optional(),
  hosts: z.array(z.string()).optional(),
  pathType: z.enum(['Exact', 'Prefix', 'ImplementationSpecific']).optional(),
  tls: z
    .array(z.strictObject({ hosts: z.array(z.string()).optional(), secretName: z.string().optional() }))
    .optional(),
  secretName: z.string().optional(),
  ...common,
  options: options.optional(),
  ingressClassName: z.string().optional(),
});

// DNS-1123 label, at most 52 characters so that `<name>-collector-headless` etc. stay within 63.
const resourceName = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'expected a DNS-1123 name: lowercase letters, digits and -')
  .max(52);

export const jaegerSpecSchema = z.strictObject({
  strategy: z.enum(STRATEGIES).optional(),
  allInOne: allInOne.optional(),
  query: query.optional(),
  collector: collector.optional(),
  ingester: ingester.optional(),
  agent: agent.nullable().optional(),
  ui: z.strictObject({ options: freeForm.optional() }).optional(),
  sampling: z.strictObject({ options: freeForm.optional() }).optional(),
  storage: storage.optional(),
  ingress: ingress.optional(),
  ...common,
});

export const jaegerSchema = z.strictObject({
  apiVersion: z.literal('jaegertracing.io/v1'),
  kind: z.literal('Jaeger'),
  metadata: z.looseObject({
    name: resourceName,
    namespace: resourceName.optional(),
    labels: stringMap.optional(),
    annotations: stringMap.optional(),
  }),
  spec: jaegerSpecSchema.optional(),
  status: z.unknown().optional(),
});

export type Jaeger = z.infer<typeof jaegerSchema>;
export type JaegerSpec = z.infer<typeof jaegerSpecSchema>;
export type CommonSpec = Pick<JaegerSpec, keyof typeof common>;
