/** Trace IDs as both APIs may print them (Jaeger v1 prints 16 digits when the high half is zero). */
export const normalTraceId = (id: string): string => id.toLowerCase().padStart(32, '0');

export interface SetDiff {
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

/** What `actual` lacks from `expected`, and what it has beyond it (each sorted). */
export function diffSets(expected: Iterable<string>, actual: Iterable<string>): SetDiff {
  const want = new Set(expected);
  const got = new Set(actual);
  return {
    missing: [...want].filter((x) => !got.has(x)).sort(),
    extra: [...got].filter((x) => !want.has(x)).sort(),
  };
}

export const sameSet = (diff: SetDiff): boolean => diff.missing.length === 0 && diff.extra.length === 0;

export function describeDiff(diff: SetDiff): string {
  const parts: string[] = [];
  if (diff.missing.length > 0) parts.push(`missing ${abbreviate(diff.missing)}`);
  if (diff.extra.length > 0) parts.push(`extra ${abbreviate(diff.extra)}`);
  return parts.join(', ') || 'same';
}

/** Names of the cases that failed, for a detail column: the first few and how many more. */
export function abbreviate(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ');
  return items.length > shown ? `${head} (+${items.length - shown} more)` : head;
}

/** "n/m <what>", plus the failing names when some failed. */
export function tally(what: string, total: number, failures: readonly string[]): string {
  const summary = `${total - failures.length}/${total} ${what}`;
  return failures.length === 0 ? summary : `${summary}; failed: ${abbreviate(failures)}`;
}
