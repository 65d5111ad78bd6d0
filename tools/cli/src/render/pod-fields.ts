import type { CommonSpec } from '../cr/schema.ts';

type Obj = Record<string, unknown>;

/** The finer-grained fields of the spec and of one component, merged as the operator merges them. */
export interface PodFields {
  readonly annotations: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
  readonly pod: Obj;
  readonly container: Obj;
}

/**
 * `spec.*` (common) and `spec.<component>.*` → where Kubernetes expects them: annotations and labels on
 * the workload and its pod template (component keys win), volumes, affinity, tolerations, service
 * account, pod security context and pull secrets on the pod, resources, volume mounts, container
 * security context, liveness probe and pull policy on the container. Lists are concatenated
 * (common first), single values are the component's or else the common one.
 */
export function mergePodFields(...layers: readonly (CommonSpec | undefined)[]): PodFields {
  const present = layers.filter((l): l is CommonSpec => l !== undefined);
  const last = <K extends keyof CommonSpec>(key: K): CommonSpec[K] | undefined =>
    present.reduce<CommonSpec[K] | undefined>((acc, l) => l[key] ?? acc, undefined);
  const all = (key: 'volumes' | 'volumeMounts' | 'tolerations' | 'imagePullSecrets'): unknown[] =>
    present.flatMap((l) => l[key] ?? []);
  const merged = (key: 'annotations' | 'labels'): Record<string, string> =>
    Object.assign({}, ...present.map((l) => l[key] ?? {})) as Record<string, string>;
  const pod: Obj = {};
  const container: Obj = {};
  const set = (target: Obj, key: string, value: unknown): void => {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return;
    target[key] = value;
  };
  set(pod, 'volumes', all('volumes'));
  set(pod, 'affinity', last('affinity'));
  set(pod, 'tolerations', all('tolerations'));
  set(pod, 'serviceAccountName', last('serviceAccount'));
  set(pod, 'securityContext', last('securityContext'));
  set(pod, 'imagePullSecrets', all('imagePullSecrets'));
  set(container, 'resources', last('resources'));
  set(container, 'volumeMounts', all('volumeMounts'));
  set(container, 'securityContext', last('containerSecurityContext'));
  set(container, 'livenessProbe', last('livenessProbe'));
  set(container, 'imagePullPolicy', last('imagePullPolicy'));
  return { annotations: merged('annotations'), labels: merged('labels'), pod, container };
}
