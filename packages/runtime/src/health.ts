/**
 * Process health as Jaeger's admin server reports it (`pkg/healthcheck`): `unavailable` until every
 * service started, `ready` afterwards, `unavailable` again from SIGTERM on. Spanstream adds named
 * conditions (e.g. `kafka-consumer: group not joined`, `storage: unreachable`) that components set and
 * clear; the process is ready only when its own status is ready and no condition is pending.
 */
export type HealthStatus = 'unavailable' | 'ready';

export interface HealthSnapshot {
  readonly ready: boolean;
  /** When the state last became ready; undefined while not ready. */
  readonly upSince: Date | undefined;
  /** `component: reason` for each pending condition, sorted. */
  readonly reasons: readonly string[];
}

export interface HealthState {
  set(status: HealthStatus): void;
  /** Mark a named condition unhealthy (with a reason) or healthy (`undefined`). */
  setCondition(component: string, reason: string | undefined): void;
  snapshot(): HealthSnapshot;
}

export function createHealthState(now: () => Date = () => new Date()): HealthState {
  let status: HealthStatus = 'unavailable';
  let upSince: Date | undefined;
  const conditions = new Map<string, string>();
  const isReady = (): boolean => status === 'ready' && conditions.size === 0;
  // upSince marks the latest transition into ready, as Jaeger's handler does.
  const transition = (change: () => void): void => {
    const wasReady = isReady();
    change();
    const ready = isReady();
    if (ready && !wasReady) upSince = now();
    if (!ready) upSince = undefined;
  };
  return {
    set: (next) => {
      transition(() => (status = next));
    },
    setCondition: (component, reason) => {
      transition(() =>
        reason === undefined ? conditions.delete(component) : conditions.set(component, reason),
      );
    },
    snapshot: () => ({
      ready: isReady(),
      upSince,
      reasons: [...conditions].map(([component, reason]) => `${component}: ${reason}`).sort(),
    }),
  };
}
