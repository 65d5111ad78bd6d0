export type { AggregatorOptions, AggregatorDeps } from './aggregator.ts';
export { createAggregator } from './aggregator.ts';
export type { AggregatorConfig } from './config.ts';
export { aggregatorConfig, aggregatorOptionsConfig } from './config.ts';
export { aggregatorOptionsFromConfig } from './options.ts';
export { spanFacts, type SpanFacts } from './span-facts.ts';
export { DependencyJoin, type JoinOptions } from './join/dependency-join.ts';
export { PartitionAggregator, type WindowOptions, type ResumePoint } from './window/partition-aggregator.ts';
export { decodeFacts } from './decode/decode-facts.ts';
