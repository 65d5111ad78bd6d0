import { CustomResourceDefinition } from 'kubernetes-models/apiextensions.k8s.io/v1/CustomResourceDefinition';
import { z } from 'zod';
import { jaegerSpecSchema } from '../cr/schema.ts';

type Json = Record<string, unknown>;

/**
 * The `jaegers.jaegertracing.io` CustomResourceDefinition, its v1 schema generated from our zod schema
 * of the resource (the operator's own 580 kB CRD could not be vendored here): a structural OpenAPI v3
 * schema; Kubernetes-typed fields (affinity, volumes…) and option maps are kept unpruned
 * (`x-kubernetes-preserve-unknown-fields`) and checked by `spanstream validate`.
 */
export function crdManifest(): Json {
  const spec = toStructural(z.toJSONSchema(jaegerSpecSchema, { io: 'input', unrepresentable: 'any' }));
  const crd = new CustomResourceDefinition({
    metadata: { name: 'jaegers.jaegertracing.io', labels: { 'app.kubernetes.io/managed-by': 'spanstream' } },
    spec: {
      group: 'jaegertracing.io',
      names: { kind: 'Jaeger', listKind: 'JaegerList', plural: 'jaegers', singular: 'jaeger' },
      scope: 'Namespaced',
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          subresources: { status: {} },
          additionalPrinterColumns: [
            {
              name: 'Status',
              type: 'string',
              jsonPath: '.status.phase',
              description: "Jaeger instance's status",
            },
            {
              name: 'Strategy',
              type: 'string',
              jsonPath: '.spec.strategy',
              description: 'Jaeger deployment strategy',
            },
            {
              name: 'Storage',
              type: 'string',
              jsonPath: '.spec.storage.type',
              description: 'Jaeger storage type',
            },
            { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
          ],
          schema: {
            openAPIV3Schema: {
              type: 'object',
              properties: {
                apiVersion: { type: 'string' },
                kind: { type: 'string' },
                metadata: { type: 'object' },
                spec: spec,
                status: {
                  type: 'object',
                  properties: { phase: { type: 'string' }, version: { type: 'string' } },
                },
              },
            },
          },
        },
      ],
    },
  });
  crd.validate();
  return crd.toJSON() as Json;
}

/** JSON Schema (draft 2020-12, from zod) → a Kubernetes structural schema. */
function toStructural(schema: Json): Json {
  const out: Json = {};
  if (typeof schema['description'] === 'string') out['description'] = schema['description'];
  const anyOf = schema['anyOf'] as Json[] | undefined;
  if (anyOf !== undefined) {
    // `x.nullable()`: the non-null branch, nullable.
    const branch = anyOf.find((s) => s['type'] !== 'null');
    return { ...toStructural(branch ?? {}), nullable: true };
  }
  if (schema['k8sType'] !== undefined) {
    return { ...out, type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
  }
  switch (schema['type']) {
    case 'object': {
      const properties = schema['properties'] as Record<string, Json> | undefined;
      const additional = schema['additionalProperties'];
      if (properties !== undefined) {
        out['type'] = 'object';
        out['properties'] = Object.fromEntries(
          Object.entries(properties).map(([k, v]) => [k, toStructural(v)]),
        );
        return out;
      }
      const values = typeof additional === 'object' && additional !== null ? (additional as Json) : {};
      if (values['type'] === 'string')
        return { ...out, type: 'object', additionalProperties: { type: 'string' } };
      return { ...out, type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    }
    case 'array':
      return { ...out, type: 'array', items: toStructural((schema['items'] as Json | undefined) ?? {}) };
    case 'string':
      return { ...out, type: 'string', ...(Array.isArray(schema['enum']) ? { enum: schema['enum'] } : {}) };
    case 'integer':
      return { ...out, type: 'integer', format: 'int32' };
    case 'number':
      return { ...out, type: 'number' };
    case 'boolean':
      return { ...out, type: 'boolean' };
    default:
      return { ...out, 'x-kubernetes-preserve-unknown-fields': true };
  }
}
