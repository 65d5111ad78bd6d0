import { tagValueAsString, type KeyValue, type Span } from '@spanstream/model';

/**
 * A 64-bit hash of the whole span, the `span_hash` clustering column. Equal spans hash equal, so a
 * redelivered span overwrites its row; Zipkin spans sharing an ID but differing keep separate rows.
 * Two 32-bit FNV-1a lanes with different seeds, streamed over the fields (no serialization).
 */
export function spanHash(span: Span): bigint {
  const state = { a: 0x811c9dc5, b: 0x01000193 ^ 0x5bd1e995 };
  const add = (text: string): void => {
    let { a, b } = state;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    // A separator so that ("ab","c") and ("a","bc") differ.
    state.a = Math.imul(a ^ 0xff, 0x01000193);
    state.b = Math.imul(b ^ 0xff, 0x01000193);
  };
  const addTags = (tags: readonly KeyValue[]): void => {
    add(String(tags.length));
    for (const tag of tags) {
      add(tag.key);
      add(tag.type);
      add(tagValueAsString(tag));
    }
  };
  add(span.traceId);
  add(span.spanId);
  add(span.operationName);
  add(`${span.flags}:${span.startTime}:${span.duration}`);
  for (const ref of span.references) add(`${ref.refType}${ref.traceId}${ref.spanId}`);
  addTags(span.tags);
  for (const log of span.logs) {
    add(String(log.timestamp));
    addTags(log.fields);
  }
  add(span.process.serviceName);
  addTags(span.process.tags);
  for (const warning of span.warnings) add(warning);
  const high = BigInt(state.a >>> 0);
  const low = BigInt(state.b >>> 0);
  return BigInt.asIntN(64, (high << 32n) | low);
}
