import { SLOT_MS, SPAN_KINDS, type SpanKindName } from './red.ts';

/**
 * Redis layout (docs/aggregator.md): one hash per service and minute,
 * `<prefix>red:<service>:<minute start ms>`, with one field per counter:
 * `<kind index>:<slot index in the minute>:<stat>:<operation>` where stat is `c` (calls), `e` (errors)
 * or `h<bucket index>` (latency histogram). Keys expire after the retention.
 */
export const MINUTE_MS = 60_000;
const SLOTS_PER_MINUTE = MINUTE_MS / SLOT_MS;

export function minuteKey(prefix: string, service: string, minuteMs: number): string {
  return `${prefix}red:${service}:${minuteMs}`;
}

export function segmentKey(prefix: string, id: string): string {
  return `${prefix}segment:${id}`;
}

export function cellField(spanKind: SpanKindName, slotMs: number, stat: string, operation: string): string {
  const slot = Math.floor((slotMs % MINUTE_MS) / SLOT_MS);
  return `${SPAN_KINDS.indexOf(spanKind)}:${slot}:${stat}:${operation}`;
}

export interface ParsedField {
  readonly spanKind: SpanKindName;
  readonly slot: number;
  /** -1 = calls, -2 = errors, else the latency bucket index. */
  readonly stat: number;
  readonly operation: string;
}

export function parseField(field: string): ParsedField | undefined {
  const a = field.indexOf(':');
  const b = field.indexOf(':', a + 1);
  const c = field.indexOf(':', b + 1);
  if (a < 0 || b < 0 || c < 0) return undefined;
  const spanKind = SPAN_KINDS[Number(field.slice(0, a))];
  const slot = Number(field.slice(a + 1, b));
  const statText = field.slice(b + 1, c);
  const stat = statText === 'c' ? -1 : statText === 'e' ? -2 : Number(statText.slice(1));
  if (spanKind === undefined || !(slot >= 0 && slot < SLOTS_PER_MINUTE) || Number.isNaN(stat))
    return undefined;
  return { spanKind, slot, stat, operation: field.slice(c + 1) };
}
