/** One `spec.*.options` entry as a flag: `es: {server-urls: x}` → key `es.server-urls`, text `x`. */
export interface FlagEntry {
  /** The flag name without dashes: `es.server-urls`. */
  readonly key: string;
  /** The value as it goes on the command line. */
  readonly text: string;
  /** Where it is in the CR: `spec.storage.options.es.server-urls`. */
  readonly path: string;
}

export interface FlattenProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Flattens an options map as the Jaeger operator does: nested maps are joined with dots (so
 * `memory: {max-traces: 1}` and `memory.max-traces: 1` are the same flag); scalars become text; a
 * list of scalars becomes a comma-separated list (our list flags' syntax).
 */
export function flattenOptions(
  options: Readonly<Record<string, unknown>> | undefined,
  basePath: string,
): { readonly entries: FlagEntry[]; readonly problems: FlattenProblem[] } {
  const entries: FlagEntry[] = [];
  const problems: FlattenProblem[] = [];
  const walk = (value: unknown, key: string, path: string): void => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [child, childValue] of Object.entries(value)) {
        walk(childValue, key === '' ? child : `${key}.${child}`, `${path}.${child}`);
      }
      return;
    }
    const text = toText(value);
    if (text === undefined) {
      problems.push({ path, message: 'expected a string, number, boolean or a list of them' });
      return;
    }
    entries.push({ key, text, path });
  };
  if (options !== undefined) walk(options, '', basePath);
  return { entries, problems };
}

function toText(value: unknown): string | undefined {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((e) => ['string', 'number', 'boolean'].includes(typeof e))) {
    return value.map(String).join(',');
  }
  return undefined;
}

/** `--key=text` for each entry; a later entry with the same key wins (component options over storage). */
export function toFlags(entries: readonly FlagEntry[]): string[] {
  const byKey = new Map<string, string>();
  for (const entry of entries) byKey.set(entry.key, entry.text);
  return [...byKey].map(([key, text]) => `--${key}=${text}`);
}
