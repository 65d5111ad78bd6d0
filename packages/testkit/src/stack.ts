/**
 * `@spanstream/testkit/stack`: what tools/stack shares with the tests, without the test clients and
 * containers behind the package's main entry.
 */
export { testServiceNames } from './service-names.ts';
export {
  readStackEndpoints,
  stackEndpointsFile,
  type StackEndpoint,
  type StackEndpoints,
} from './stack-endpoints.ts';
export { tcpReachable } from './reachability.ts';
