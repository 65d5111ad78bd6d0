export type { Agent, AgentDeps } from './agent.ts';
export { createAgent } from './agent.ts';
export type { AgentOptions, UdpProcessorOptions } from './options.ts';
export type { AgentOptionValues } from './config.ts';
export {
  agentOptionsConfig,
  agentTagsConfig,
  agentTagsFromConfig,
  agentOptionsFromConfig,
  udpProcessorsConfig,
  udpProcessorsFromConfig,
} from './config.ts';
export { agentConfig } from './main-config.ts';
export type { Deliver } from './reporter/forwarding-queue.ts';
export { DeliveryError } from './reporter/forwarding-queue.ts';
export { DEFAULT_QUEUE_OPTIONS } from './config.ts';
