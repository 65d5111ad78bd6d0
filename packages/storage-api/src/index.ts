export type { SpanKind, TraceQuery, Operation, OperationQuery, GetTraceOptions } from './query.ts';
export type { StorageErrorCode } from './errors.ts';
export { StorageError, isRetriable } from './errors.ts';
export type {
  SpanWriter,
  SpanReader,
  DependencyReader,
  DependencyWriter,
  WriteDependenciesOptions,
  Closeable,
  SpanStore,
} from './storage.ts';
export type { ForwardableOtlpRequest, SpanSink, SinkWriteResult } from './span-sink.ts';
export { spanWriterSink } from './span-sink.ts';
export type { ValueMatcher } from './tag-matcher.ts';
export { compileValueMatcher, luceneRegexpToRegExp, isLiteralSearchValue } from './tag-matcher.ts';
export type { SpanPredicate } from './span-search.ts';
export { compileSpanPredicate } from './span-search.ts';
export type { RequestContext } from './request-context.ts';
export { runWithRequestContext, currentBearerToken } from './request-context.ts';
