export type { SpanKind, TraceQuery, Operation, OperationQuery, GetTraceOptions } from './query.ts';
export type { StorageErrorCode } from './errors.ts';
export { StorageError, isRetriable } from './errors.ts';
export type {
  SpanWriter,
  SpanReader,
  DependencyReader,
  DependencyWriter,
  Closeable,
  SpanStore,
} from './storage.ts';
export type { TagValuePattern, CompiledTraceQuery } from './trace-filter.ts';
export { tagValuePattern, matchesPattern, compileTraceQuery } from './trace-filter.ts';
export type { RequestContext } from './request-context.ts';
export { runWithRequestContext, currentBearerToken } from './request-context.ts';
