export type { ConformanceSetup } from './store-context.ts';
export { runStorageConformance } from './suite.ts';
export type { FixtureForm, FixtureTrace, FixtureQuery, FixtureOptions, QueryFile } from './fixtures.ts';
export {
  FIXTURE_FORMS,
  loadFixtureTraces,
  loadFixtureQueries,
  fixtureTimeShift,
  parseRfc3339Micros,
} from './fixtures.ts';
export type { NormalSpan, NormalTag } from './normalize.ts';
export { normalizeSpans, normalizeSpan } from './normalize.ts';
export type { SpanSpec } from './constructed.ts';
export { constructedSpan, constructedTraceId, spanIdOf, threeDayTrace, largeTrace } from './constructed.ts';
