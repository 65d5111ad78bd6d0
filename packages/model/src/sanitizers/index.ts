export type { SanitizerOptions } from './options.ts';
export { DEFAULT_SANITIZER_OPTIONS, UNKNOWN_SERVICE, parseCollectorTags } from './options.ts';
export type { SpanVerdict, ProcessCache } from './sanitize-span.ts';
export { sanitizeSpan, validIds } from './sanitize-span.ts';
export type { SpanRejection, SanitizedBatch } from './sanitize-spans.ts';
export { sanitizeSpans } from './sanitize-spans.ts';
export type { StartTimeWindow } from './start-time.ts';
export {
  DEFAULT_START_TIME_WINDOW,
  EARLIEST_START_MICROS,
  START_TIME_REASON_PREFIX,
  startTimeOutsideWindow,
} from './start-time.ts';
