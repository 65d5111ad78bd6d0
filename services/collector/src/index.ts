export type { Collector, CollectorDeps } from './collector.ts';
export { createCollector } from './collector.ts';
export type { CollectorOptions } from './options.ts';
export type { SubmitMeta, SubmitOutcome } from './processor/span-processor.ts';
export type { ReceiverName } from './receivers/build-receivers.ts';
export type { ReceiverDecoders } from './receivers/decoders.ts';
export type { Decoded } from './receivers/decode-result.ts';
export type { CollectorOptionValues } from './config.ts';
export { DEFAULT_COLLECTOR_OPTIONS, collectorOptionsConfig, collectorOptionsFromConfig } from './config.ts';
