export {
  kafkaBrokers,
  elasticsearchUrl,
  opensearchUrl,
  cassandraContactPoints,
  cassandraLocalDataCenter,
  schemaRegistryUrl,
  redisUrl,
  resolveEndpoint,
  configuredEndpoint,
  BackingServiceUnavailableError,
  type EndpointSource,
} from './endpoints.ts';
export { envNames, cassandraDataCenterEnv, testServiceNames, type TestService } from './service-names.ts';
export { images } from './images.ts';
export { dockerAvailable } from './docker.ts';
export { stackEndpointsFile } from './stack-endpoints.ts';
export { uniqueName } from './unique-name.ts';
export { elasticsearchTestFlags } from './test-backends.ts';
export { freePort } from './free-port.ts';
export { startFreezableProxy, type FreezableProxy } from './freezable-proxy.ts';
export { createTestPki, type TestPki } from './test-pki.ts';
export {
  startNodeProcess,
  waitUntilServing,
  type NodeProcess,
  type NodeProcessOptions,
} from './node-process.ts';
export { runTool, type ToolContext } from './run-tool.ts';
