import { SECRET_KEY } from '@spanstream/config';

/**
 * A job's options as stored in Redis (BullMQ job data, shown on the status page): every field whose
 * name says it is a credential (`password`, `apiKeyFile`, `token…`) is left out.
 */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_KEY.test(key))
      .map(([key, field]) => [key, withoutSecrets(field)]),
  );
}

/**
 * The stored options with the credentials put back from this worker's own configuration (`configured`,
 * from its flags/env/YAML), so they never travel through Redis.
 */
export function withSecrets(stored: unknown, configured: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  if (typeof configured !== 'object' || configured === null) return stored;
  const out: Record<string, unknown> = { ...(stored as Record<string, unknown>) };
  for (const [key, field] of Object.entries(configured)) {
    if (SECRET_KEY.test(key)) {
      if (!(key in out)) out[key] = field;
    } else if (key in out) {
      out[key] = withSecrets(out[key], field);
    }
  }
  return out;
}
