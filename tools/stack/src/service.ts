import { testServiceNames, type StackEndpoint } from '@spanstream/testkit/stack';
import type { ServicePaths } from './paths.ts';

/** The servers the tests use, then the opt-in 3-broker cluster of the chaos suite. */
export const serviceNames = [
  ...testServiceNames,
  'kafka-cluster-1',
  'kafka-cluster-2',
  'kafka-cluster-3',
] as const;
export type ServiceName = (typeof serviceNames)[number];

/** What a started server tells clients, written to .stack/endpoints.json (the file testkit reads). */
export interface Endpoint extends StackEndpoint {
  readonly service: ServiceName;
  readonly version: string;
}

export interface ServiceContext {
  readonly paths: ServicePaths;
  readonly version: string;
  readonly env: NodeJS.ProcessEnv;
}

/** A running server process: its PID and, when the server daemonizes itself, nothing to wait on. */
export interface Started {
  readonly pid: number;
}

/** One backing server. `up` calls provision → start → ready (polled) in that order. */
export interface StackService {
  readonly name: ServiceName;
  /** The default version; `SPANSTREAM_STACK_<NAME>_VERSION` overrides it. */
  readonly defaultVersion: () => string;
  readonly port: number;
  readonly startTimeoutMs: number;
  endpoint(version: string): Endpoint;
  /** Downloads and unpacks what the server needs into the cache; idempotent and fast when cached. */
  provision(ctx: ServiceContext): Promise<void>;
  /** Starts the server in the background and returns its PID; does not wait for readiness. */
  start(ctx: ServiceContext): Promise<Started>;
  /** One readiness probe: true when the server answers real requests. */
  ready(ctx: ServiceContext): Promise<boolean>;
}
