import { z } from 'zod';

/** A kubernetes-models class: `new Toleration(data).validate()` throws on an invalid object. */
export interface KubernetesModel {
  new (data?: never): { validate(): void };
}

interface AjvLikeError {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: { readonly allowedValues?: readonly unknown[]; readonly additionalProperty?: string };
}

/**
 * A CR field holding a Kubernetes type (affinity, tolerations, volumes, resources…): checked with the
 * kubernetes-models JSON schema of that type, each problem reported at its path inside the field.
 */
export function k8sField(model: KubernetesModel, description: string) {
  return z
    .record(z.string(), z.unknown())
    .superRefine((value, ctx) => {
      for (const error of modelErrors(model, value)) {
        ctx.addIssue({ code: 'custom', message: error.message, path: error.path });
      }
    })
    .meta({ description, k8sType: model.name });
}

/** The problems kubernetes-models finds in `value` as a `type`, with paths relative to it. */
function modelErrors(
  model: KubernetesModel,
  value: unknown,
): { readonly path: (string | number)[]; readonly message: string }[] {
  try {
    new model(value as never).validate();
    return [];
  } catch (error) {
    const details = (error as { errors?: readonly AjvLikeError[] }).errors;
    if (!Array.isArray(details)) return [{ path: [], message: (error as Error).message }];
    return details.map((detail: AjvLikeError) => ({
      path: (detail.instancePath ?? '')
        .split('/')
        .filter((s) => s !== '')
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replaceAll('~1', '/').replaceAll('~0', '~'))),
      message: describe(detail),
    }));
  }
}

function describe(detail: AjvLikeError): string {
  const allowed = detail.params?.allowedValues;
  if (allowed !== undefined) return `expected one of ${allowed.map(String).join('|')}`;
  return detail.message ?? 'invalid';
}
