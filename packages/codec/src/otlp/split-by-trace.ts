import type { TraceLayout } from './trace-layout.ts';

/** Tags of ExportTraceServiceRequest.resource_spans (1) and ResourceSpans.scope_spans (2). */
const RESOURCE_SPANS_TAG = (1 << 3) | 2;
const SCOPE_SPANS_TAG = (2 << 3) | 2;

const varintSize = (value: number): number =>
  value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
const delimited = (length: number): number => 1 + varintSize(length) + length;

/**
 * The request of `layout` as one `ExportTraceServiceRequest` per trace, in the order of
 * `layout.traceIds`: each holds exactly the spans of its trace, in request order, under a copy of
 * their ResourceSpans' resource and schema_url and their ScopeSpans' scope and schema_url. Built by
 * copying byte ranges (spans verbatim) into one buffer, with new length prefixes for the envelopes;
 * nothing is decoded.
 */
export function splitByTrace(layout: TraceLayout): Uint8Array[] {
  const traces = layout.traceIds.length;
  const { spans } = layout;
  const count = spans.length / 4;
  // Each trace's spans in request order, as a list threaded through `next`.
  const first = new Int32Array(traces).fill(-1);
  const last = new Int32Array(traces);
  const next = new Int32Array(count).fill(-1);
  for (let s = 0; s < count; s++) {
    const t = spans[s * 4 + 2]!;
    if (first[t]! < 0) first[t] = s;
    else next[last[t]!] = s;
    last[t] = s;
  }
  const builder = new PartBuilder(layout, next);
  const sizes = new Int32Array(traces);
  let total = 0;
  for (let t = 0; t < traces; t++) total += sizes[t] = builder.measure(first[t]!);
  const out = Buffer.allocUnsafe(total);
  const parts: Uint8Array[] = [];
  let pos = 0;
  for (let t = 0; t < traces; t++) {
    const end = builder.write(first[t]!, out, pos);
    parts.push(out.subarray(pos, end));
    pos = end;
  }
  return parts;
}

/**
 * Walks one trace's spans twice: `measure` computes the length of every envelope (a ResourceSpans
 * or ScopeSpans holding some of its spans) in the order `write` then needs them.
 */
class PartBuilder {
  readonly layout: TraceLayout;
  readonly next: Int32Array;
  /** Envelope lengths, in writing order: a ResourceSpans, then its ScopeSpans, then the next ResourceSpans… */
  readonly lengths: number[] = [];
  cursor = 0;

  constructor(layout: TraceLayout, next: Int32Array) {
    this.layout = layout;
    this.next = next;
  }

  /** The part's size in bytes; records its envelopes' lengths. */
  measure(firstSpan: number): number {
    const { spans, scopes, resources } = this.layout;
    const lengths = this.lengths;
    let size = 0;
    let scope = -1;
    let resource = -1;
    let scopeSlot = -1;
    let resourceSlot = -1;
    for (let s = firstSpan; s >= 0; s = this.next[s]!) {
      const spanScope = spans[s * 4 + 3]!;
      if (spanScope !== scope) {
        if (scopeSlot >= 0) lengths[resourceSlot]! += delimited(lengths[scopeSlot]!);
        const spanResource = scopes[spanScope * 5]!;
        if (spanResource !== resource) {
          if (resourceSlot >= 0) size += delimited(lengths[resourceSlot]!);
          resource = spanResource;
          resourceSlot = lengths.push(envelopeBytes(resources, resource * 4)) - 1;
        }
        scope = spanScope;
        scopeSlot = lengths.push(envelopeBytes(scopes, scope * 5 + 1)) - 1;
      }
      lengths[scopeSlot]! += spans[s * 4 + 1]! - spans[s * 4]!;
    }
    lengths[resourceSlot]! += delimited(lengths[scopeSlot]!);
    return size + delimited(lengths[resourceSlot]!);
  }

  /**
   * Writes the part measured in the same order; returns its end. Spans that follow each other in
   * the request (same scope, adjacent bytes) are copied as one range.
   */
  write(firstSpan: number, out: Buffer, at: number): number {
    const { spans, scopes, resources, bytes } = this.layout;
    let pos = at;
    let scope = -1;
    let resource = -1;
    let from = 0;
    let to = 0;
    for (let s = firstSpan; s >= 0; s = this.next[s]!) {
      const spanScope = spans[s * 4 + 3]!;
      const start = spans[s * 4]!;
      if (spanScope === scope && start === to) {
        to = spans[s * 4 + 1]!;
        continue;
      }
      pos += bytes.copy(out, pos, from, to);
      if (spanScope !== scope) {
        const spanResource = scopes[spanScope * 5]!;
        if (spanResource !== resource) {
          resource = spanResource;
          pos = this.#envelope(out, pos, RESOURCE_SPANS_TAG, resources, resource * 4);
        }
        scope = spanScope;
        pos = this.#envelope(out, pos, SCOPE_SPANS_TAG, scopes, scope * 5 + 1);
      }
      from = start;
      to = spans[s * 4 + 1]!;
    }
    return pos + bytes.copy(out, pos, from, to);
  }

  /** An envelope's tag, its measured length and its head and schema_url fields as they came. */
  #envelope(out: Buffer, at: number, tag: number, ranges: readonly number[], i: number): number {
    const bytes = this.layout.bytes;
    out[at] = tag;
    let pos = writeVarint(out, at + 1, this.lengths[this.cursor++]!);
    pos += bytes.copy(out, pos, ranges[i], ranges[i + 1]);
    pos += bytes.copy(out, pos, ranges[i + 2], ranges[i + 3]);
    return pos;
  }
}

/** The head and schema_url fields' bytes of the envelope at `ranges[i…i+3]`. */
function envelopeBytes(ranges: readonly number[], i: number): number {
  return ranges[i + 1]! - ranges[i]! + ranges[i + 3]! - ranges[i + 2]!;
}

function writeVarint(out: Buffer, at: number, value: number): number {
  let pos = at;
  let rest = value;
  while (rest >= 0x80) {
    out[pos++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  out[pos++] = rest;
  return pos;
}
