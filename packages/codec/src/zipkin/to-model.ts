import type { KeyValue, Micros, Process, Span, SpanRef } from '@spanstream/model';
import { FLAG_DEBUG, FLAG_SAMPLED, parseSpanId, parseTraceId } from '@spanstream/model';
import type { DecodeResult, Rejection } from '../result.ts';
import type { ZipkinEndpoint, ZipkinSpan } from './zipkin-span.ts';

const str = (key: string, value: string): KeyValue => ({ key, type: 'string', value });

/** Processes are shared by spans with the same local endpoint, as a Jaeger batch shares one. */
type ProcessCache = Map<string, Process>;

function processOf(local: ZipkinEndpoint | undefined, cache: ProcessCache): Process {
  const serviceName = local?.serviceName ?? '';
  const ip = local?.ipv4 ?? local?.ipv6;
  const cacheKey = `${serviceName}\u0000${ip ?? ''}`;
  let process = cache.get(cacheKey);
  if (process === undefined) {
    process = { serviceName, tags: ip === undefined ? [] : [str('ip', ip)] };
    cache.set(cacheKey, process);
  }
  return process;
}

/** Zipkin's string `error` tag becomes Jaeger's bool `error` (+ `error.message` for a message), as Jaeger's Zipkin sanitizer does. */
function pushTag(tags: KeyValue[], key: string, value: string): void {
  if (key !== 'error') {
    tags.push(str(key, value));
    return;
  }
  tags.push({ key: 'error', type: 'bool', value: value !== 'false' });
  if (value !== 'true' && value !== 'false' && value !== '') tags.push(str('error.message', value));
}

function spanTags(span: ZipkinSpan): KeyValue[] {
  const tags: KeyValue[] = [];
  if (span.kind !== undefined) tags.push(str('span.kind', span.kind.toLowerCase()));
  const remote = span.remoteEndpoint;
  if (remote?.serviceName !== undefined && remote.serviceName !== '')
    tags.push(str('peer.service', remote.serviceName));
  if (remote?.ipv4 !== undefined) tags.push(str('peer.ipv4', remote.ipv4));
  if (remote?.ipv6 !== undefined) tags.push(str('peer.ipv6', remote.ipv6));
  if (remote?.port !== undefined && remote.port !== 0 && Number.isInteger(remote.port))
    tags.push({ key: 'peer.port', type: 'int64', value: BigInt(remote.port) });
  for (const [key, value] of Object.entries(span.tags ?? {})) pushTag(tags, key, value);
  return tags;
}

function toSpan(span: ZipkinSpan, cache: ProcessCache): Span | string {
  const traceId = parseTraceId(span.traceId);
  if (traceId === undefined) return `invalid traceId "${span.traceId}"`;
  const spanId = parseSpanId(span.id);
  if (spanId === undefined) return `invalid id "${span.id}"`;
  const references: SpanRef[] = [];
  if (span.parentId !== undefined && span.parentId !== '' && !/^0+$/.test(span.parentId)) {
    const parent = parseSpanId(span.parentId);
    if (parent === undefined) return `invalid parentId "${span.parentId}"`;
    references.push({ refType: 'CHILD_OF', traceId, spanId: parent });
  }
  const annotations = span.annotations ?? [];
  // A span without timestamp (late annotations) starts at its first annotation, as Jaeger's Zipkin sanitizer does.
  const start = span.timestamp ?? annotations.reduce((min, a) => Math.min(min, a.timestamp), Infinity);
  if (!Number.isFinite(start)) return 'missing timestamp';
  return {
    traceId,
    spanId,
    operationName: span.name ?? '',
    references,
    flags: FLAG_SAMPLED | (span.debug === true ? FLAG_DEBUG : 0),
    startTime: Math.trunc(start) as Micros,
    duration: Math.trunc(span.duration ?? 0) as Micros,
    tags: spanTags(span),
    logs: annotations.map((a) => ({
      timestamp: Math.trunc(a.timestamp) as Micros,
      fields: [str('event', a.value)],
    })),
    process: processOf(span.localEndpoint, cache),
    warnings: [...(span.warnings ?? [])],
  };
}

/** Converts normalised Zipkin spans (or per-element reasons) to model spans; bad ones are rejected by index. */
export function zipkinSpansToModel(items: readonly (ZipkinSpan | string)[]): DecodeResult {
  const cache: ProcessCache = new Map();
  const spans: Span[] = [];
  const rejected: Rejection[] = [];
  items.forEach((item, index) => {
    const span = typeof item === 'string' ? item : toSpan(item, cache);
    if (typeof span === 'string') rejected.push({ index, reason: span });
    else spans.push(span);
  });
  return { spans, rejected };
}
