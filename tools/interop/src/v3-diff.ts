/**
 * api_v3 answers compared span by span, as Jaeger's UI consumes them: each span with its resource and
 * scope, attributes sorted by key, everything else as given (so a proto3 default that one side emits
 * and the other omits, or an array attribute turned into a string, is a difference).
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface V3Answer {
  readonly result?: {
    readonly resourceSpans?: readonly {
      readonly resource?: Json;
      readonly scopeSpans?: readonly { readonly scope?: Json; readonly spans?: readonly Json[] }[];
    }[];
  };
}

/** Span ID → the span with its resource and scope, canonical (sorted attributes, sorted keys). */
function v3SpansById(text: string): Map<string, Json> {
  const body = JSON.parse(text) as V3Answer;
  const spans = new Map<string, Json>();
  for (const rs of body.result?.resourceSpans ?? []) {
    for (const ss of rs.scopeSpans ?? []) {
      for (const span of ss.spans ?? []) {
        const id =
          typeof span === 'object' && span !== null && !Array.isArray(span) ? span['spanId'] : undefined;
        spans.set(
          typeof id === 'string' ? id : JSON.stringify(id),
          canonical({ resource: rs.resource ?? null, scope: ss.scope ?? null, span }),
        );
      }
    }
  }
  return spans;
}

function canonical(value: Json): Json {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    // Attribute lists ({key, value}) compare as sets keyed by name.
    if (
      items.every(
        (item) => typeof item === 'object' && item !== null && !Array.isArray(item) && 'key' in item,
      )
    ) {
      return [...items].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
    }
    return items;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key]!)]),
    );
  }
  return value;
}

const keyOf = (item: Json): string =>
  typeof item === 'object' && item !== null && !Array.isArray(item) && typeof item['key'] === 'string'
    ? item['key']
    : '';

/** The first path where `mine` and `theirs` differ, with both values, or undefined when equal. */
export function firstDifference(
  mine: Json | undefined,
  theirs: Json | undefined,
  path = '',
): string | undefined {
  if (JSON.stringify(mine) === JSON.stringify(theirs)) return undefined;
  const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(mine) && isObject(theirs)) {
    for (const key of [...new Set([...Object.keys(theirs), ...Object.keys(mine)])].sort()) {
      const found = firstDifference(mine[key], theirs[key], `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    // Attribute lists: name the attribute, not its index.
    for (let i = 0; i < Math.max(mine.length, theirs.length); i++) {
      const label = keyOf(theirs[i] ?? null) || keyOf(mine[i] ?? null) || String(i);
      if (keyOf(mine[i] ?? null) !== keyOf(theirs[i] ?? null)) {
        const mineKeys = new Set(mine.map(keyOf));
        const theirKeys = new Set(theirs.map(keyOf));
        const only = (a: Set<string>, b: Set<string>) => JSON.stringify([...a].filter((k) => !b.has(k)));
        return `${path}: keys only in the first ${only(mineKeys, theirKeys)}, only in the second ${only(theirKeys, mineKeys)}`;
      }
      const found = firstDifference(mine[i], theirs[i], `${path}[${label}]`);
      if (found !== undefined) return found;
    }
  }
  return `${path || '.'}: ${show(mine)} vs ${show(theirs)}`;
}

function show(value: Json | undefined): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The first difference between two api_v3 trace answers, span by span, or undefined when alike. */
export function v3Difference(mineText: string, theirsText: string): string | undefined {
  const mine = v3SpansById(mineText);
  const theirs = v3SpansById(theirsText);
  for (const id of [...new Set([...theirs.keys(), ...mine.keys()])].sort()) {
    const found = firstDifference(mine.get(id), theirs.get(id));
    if (found !== undefined) return `span ${id}${found.startsWith('.') ? '' : ' '}${found}`;
  }
  return undefined;
}
