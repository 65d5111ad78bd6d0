/**
 * The unit of lifecycle: every service (collector, ingester, query, admin server, ...) is created by a
 * `createX(deps)` factory and started/stopped by `runServices`. `stop()` must be idempotent and must
 * drain what the service accepted before it resolves.
 */
export interface Service {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
