import type { Span, Trace } from './trace.ts';

/** Per relative row of a subtree: the time envelope [start, end) of what it draws there. */
type Profile = [number, number][];

/**
 * Rows of the flame graph (icicle): a child sits below its parent, and siblings that overlap in time
 * (a fan-out of concurrent calls) get rows of their own instead of being drawn over each other.
 *
 * Each subtree is packed bottom-up: its children, by start time, take the first row offset at which
 * their whole subtree (summarised by one time envelope per row) overlaps none of the siblings placed
 * before. Sequential siblings share a row, as in a classic icicle. Returns each span's row (0 = top).
 */
export function flameRows(trace: Pick<Trace, 'ordered' | 'byID' | 'rootIDs'>): Map<string, number> {
  const profiles = new Map<string, Profile>();
  const offsets = new Map<string, number>();
  // Reverse depth-first order visits every child before its parent.
  for (let i = trace.ordered.length - 1; i >= 0; i--) {
    const span = trace.ordered[i]!;
    const children = span.childIDs.map((id) => trace.byID.get(id)).filter((c): c is Span => c !== undefined);
    const packed = pack(children, profiles, offsets, 1);
    packed[0] = envelope(packed[0], extent(span));
    profiles.set(span.spanID, packed);
  }
  const roots = trace.rootIDs.map((id) => trace.byID.get(id)).filter((s): s is Span => s !== undefined);
  pack(roots, profiles, offsets, 0);
  const rows = new Map<string, number>();
  for (const span of trace.ordered) {
    const parentRow = span.parentID === null ? undefined : rows.get(span.parentID);
    rows.set(span.spanID, (parentRow ?? 0) + (offsets.get(span.spanID) ?? 0));
  }
  return rows;
}

function extent(span: Span): [number, number] {
  return [span.startTime, span.startTime + Math.max(1, span.duration)];
}

function envelope(a: [number, number] | undefined, b: [number, number]): [number, number] {
  return a === undefined ? b : [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/**
 * Places `items` (subtrees with known profiles) at the lowest offset ≥ `first` where they overlap
 * nothing placed before, records each offset, and returns the combined profile (row 0 left free for
 * the parent when first = 1).
 */
function pack(
  items: readonly Span[],
  profiles: ReadonlyMap<string, Profile>,
  offsets: Map<string, number>,
  first: number,
): Profile {
  const occupied: [number, number][][] = [];
  const combined: Profile = [];
  const sorted = [...items].sort((a, b) => a.startTime - b.startTime);
  for (const item of sorted) {
    const profile = profiles.get(item.spanID) ?? [extent(item)];
    let offset = first;
    while (collides(profile, occupied, offset)) offset++;
    offsets.set(item.spanID, offset);
    profile.forEach((interval, r) => {
      (occupied[offset + r] ??= []).push(interval);
      combined[offset + r] = envelope(combined[offset + r], interval);
    });
  }
  return combined;
}

function collides(profile: Profile, occupied: readonly [number, number][][], offset: number): boolean {
  return profile.some((interval, r) =>
    (occupied[offset + r] ?? []).some((o) => interval[0] < o[1] && o[0] < interval[1]),
  );
}
