export type { KafkaAdmin, TopicUnderTest } from './kafka.ts';
export { kafkaAdmin } from './kafka.ts';
export type { ServiceName, ServiceProcess } from './processes.ts';
export {
  collectorReceiverFlags,
  flagsAsEnv,
  freePort,
  queryListenerFlags,
  serviceMain,
  startService,
  stopService,
} from './processes.ts';
export type { Backend, StorageUnderTest } from './storage.ts';
export { storageUnderTest } from './storage.ts';
export type { SentTrace, SpanSummary } from './traces.ts';
export {
  byTraceId,
  fetchTrace,
  sendTrace,
  services,
  spanCount,
  storedSpans,
  storedTracesOf,
  summarize,
} from './traces.ts';
export type { Listeners, Options } from './listeners.ts';
export { asFlags, freeListeners } from './listeners.ts';
export type { DeploymentNeeds, DeploymentUnderTest, RoundTripOptions } from './deployment.ts';
export { deploymentUnderTest, roundTrip, waitForSpans } from './deployment.ts';
export { sendAgentSpan } from './agent-span.ts';
