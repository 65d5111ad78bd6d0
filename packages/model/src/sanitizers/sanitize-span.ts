import type { KeyValue } from '../key-value.ts';
import type { Log, Process, Span, SpanRef } from '../span.ts';
import type { Micros } from '../time.ts';
import { type SanitizerOptions, UNKNOWN_SERVICE } from './options.ts';
import { startTimeOutsideWindow } from './start-time.ts';
import { estimateTagsSize, type Findings, fixTags, repairString, warn } from './tags.ts';

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

export type SpanVerdict =
  | { readonly ok: true; readonly span: Span; readonly size: number }
  | { readonly ok: false; readonly reason: string };

/** Sanitized processes, keyed by the incoming object: spans of one batch share a process, so it is fixed once. */
export type ProcessCache = Map<Process, { process: Process; warnings: readonly string[] }>;

export function validIds(span: Span): string | undefined {
  if (!TRACE_ID.test(span.traceId) || span.traceId === ZERO_TRACE)
    return `invalid trace ID "${span.traceId}"`;
  if (!SPAN_ID.test(span.spanId) || span.spanId === ZERO_SPAN) return `invalid span ID "${span.spanId}"`;
  return undefined;
}

function sanitizeProcess(process: Process, options: SanitizerOptions, cache: ProcessCache) {
  const cached = cache.get(process);
  if (cached) return cached;
  const findings: Findings = { warnings: undefined };
  let serviceName = repairString(process.serviceName, 'service name', findings);
  if (serviceName.trim() === '') {
    warn(findings, `empty service name, replaced by "${UNKNOWN_SERVICE}"`);
    serviceName = UNKNOWN_SERVICE;
  }
  let tags = fixTags(process.tags, options.maxTagValueLength, 0, findings);
  if (options.collectorTags.length > 0) tags = addCollectorTags(tags, options.collectorTags);
  const fixed =
    serviceName === process.serviceName && tags === process.tags ? process : { serviceName, tags };
  const entry = { process: fixed, warnings: findings.warnings ?? [] };
  cache.set(process, entry);
  return entry;
}

/** Jaeger's addCollectorTags: append, skipping tags already present with the same key and value. */
function addCollectorTags(tags: readonly KeyValue[], extra: readonly KeyValue[]): readonly KeyValue[] {
  const missing = extra.filter(
    (add) => !tags.some((tag) => tag.key === add.key && tag.type === add.type && tag.value === add.value),
  );
  return missing.length === 0 ? tags : [...tags, ...missing];
}

function fixLogs(logs: readonly Log[], options: SanitizerOptions, findings: Findings): readonly Log[] {
  let out: Log[] | undefined;
  for (let i = 0; i < logs.length; i++) {
    const log = logs[i]!;
    const fields = fixTags(log.fields, options.maxTagValueLength, 0, findings);
    if (fields !== log.fields && out === undefined) out = logs.slice(0, i);
    if (out !== undefined) out.push(fields === log.fields ? log : { timestamp: log.timestamp, fields });
  }
  return out ?? logs;
}

function fixReferences(refs: readonly SpanRef[], findings: Findings): readonly SpanRef[] {
  const bad = refs.filter((ref) => !TRACE_ID.test(ref.traceId) || !SPAN_ID.test(ref.spanId));
  if (bad.length === 0) return refs;
  warn(findings, `${bad.length} references with invalid IDs dropped`);
  return refs.filter((ref) => !bad.includes(ref));
}

function checkTiming(span: Span, options: SanitizerOptions, findings: Findings): Micros {
  let duration = span.duration;
  if (duration < 0) {
    warn(findings, `negative duration ${duration}µs, set to 0`);
    duration = 0 as Micros;
  } else if (options.maxDurationMicros > 0 && duration > options.maxDurationMicros) {
    warn(
      findings,
      `duration ${duration}µs is longer than ${options.maxDurationMicros}µs: check the client's clock`,
    );
  }
  // Start times outside the accepted window never get here (rejected by sanitizeSpan); this is the
  // milder case of a start a little ahead of our clock.
  if (options.maxClockSkewMicros > 0 && span.startTime > options.now() + options.maxClockSkewMicros) {
    warn(findings, `clock skew: start time ${span.startTime}µs is in the future of the collector's clock`);
  }
  return duration;
}

function estimateSize(span: Span): number {
  let size = 64 + span.operationName.length + estimateTagsSize(span.tags) + span.references.length * 32;
  for (const log of span.logs) size += 8 + estimateTagsSize(log.fields);
  return size + span.process.serviceName.length + estimateTagsSize(span.process.tags);
}

/**
 * Validates and repairs one span (Jaeger's sanitizer chain plus size limits).
 * Returns the same object when nothing changed; what was changed is recorded in
 * the span's warnings. A span that cannot be kept is rejected with a reason.
 */
export function sanitizeSpan(span: Span, options: SanitizerOptions, cache: ProcessCache): SpanVerdict {
  const idError = validIds(span);
  if (idError !== undefined) return { ok: false, reason: idError };
  // Refused, not clamped: a clamped start time would be a made-up value, and it is the date that is wrong.
  const timeError = startTimeOutsideWindow(span.startTime, options.startTimeWindow, options.now());
  if (timeError !== undefined) return { ok: false, reason: `${timeError} (span ${span.spanId})` };
  const findings: Findings = { warnings: undefined };
  const proc = sanitizeProcess(span.process, options, cache);
  const operationName = repairString(span.operationName, 'operation name', findings);
  const tags = fixTags(span.tags, options.maxTagValueLength, options.maxTagsPerSpan, findings);
  const logs = fixLogs(span.logs, options, findings);
  const references = fixReferences(span.references, findings);
  const duration = checkTiming(span, options, findings);
  const fresh = findings.warnings;
  const unchanged =
    fresh === undefined &&
    proc.warnings.length === 0 &&
    proc.process === span.process &&
    operationName === span.operationName &&
    tags === span.tags &&
    logs === span.logs &&
    references === span.references &&
    duration === span.duration;
  const out: Span = unchanged
    ? span
    : {
        ...span,
        operationName,
        tags,
        logs,
        references,
        duration,
        process: proc.process,
        warnings: [...span.warnings, ...proc.warnings, ...(fresh ?? [])],
      };
  const size = estimateSize(out);
  if (options.maxSpanSize > 0 && size > options.maxSpanSize) {
    return { ok: false, reason: `span is about ${size} bytes, above the limit of ${options.maxSpanSize}` };
  }
  return { ok: true, span: out, size };
}
