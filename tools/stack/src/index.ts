export { up, upService, type UpResult } from './commands/up.ts';
export { down } from './commands/down.ts';
export { status } from './commands/status.ts';
export { readEndpoints, type EndpointsFile } from './endpoints.ts';
export { stateDir, cacheDir, repoRoot } from './paths.ts';
export { contextOf, optInServices, selectServices, services } from './services.ts';
export { kafkaClusterBrokers, kafkaClusterMembers } from './servers/kafka-cluster.ts';
export { serviceNames, type Endpoint, type ServiceName, type StackService } from './service.ts';
