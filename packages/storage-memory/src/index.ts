export type { MemoryStoreOptions } from './memory-store.ts';
export { MemorySpanStore, createMemoryStore, DEFAULT_MAX_TRACES } from './memory-store.ts';
export type { SpanPredicate } from './span-search.ts';
export { compileSpanPredicate } from './span-search.ts';
export type { ValueMatcher } from './tag-matcher.ts';
export { compileValueMatcher, luceneRegexpToRegExp, isLiteralSearchValue } from './tag-matcher.ts';
