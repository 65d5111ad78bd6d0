// Pure trace logic, usable outside the browser (benchmarks, tests, other tools).
export type * from './api/types.ts';
export { computeCriticalPath, type Segment } from './model/critical-path.ts';
export { diffTraces, type DiffNode, type DiffState, type TraceDiff } from './model/diff.ts';
export { formatLogfmt, parseLogfmt, type LogfmtResult } from './model/logfmt.ts';
export { fromOtlpJson, type OtlpTracesData } from './model/otlp.ts';
export { computeStats, selfTime, type StatRow } from './model/stats.ts';
export { makeSyntheticTrace, type SyntheticOptions } from './model/synthetic.ts';
export { buildTrace, type Span, type Trace } from './model/trace.ts';
export { parseTraceFile, type UploadResult } from './model/upload.ts';
