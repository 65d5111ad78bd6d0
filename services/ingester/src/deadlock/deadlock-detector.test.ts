import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlockDetector, type PartitionProbe } from './deadlock-detector.ts';
import { silentLogger } from '@spanstream/kafka';
import { IngesterMetrics } from '../metrics/ingester-metrics.ts';

function setup(probes: () => PartitionProbe[], waitingForStorage = () => false) {
  const registry = new Registry();
  const metrics = new IngesterMetrics(registry);
  const restarted: number[] = [];
  const exited: number[] = [];
  const detector = new DeadlockDetector({
    intervalMs: 1000,
    probe: () => Promise.resolve(probes()),
    waitingForStorage,
    restartPartition: (p) => {
      restarted.push(p);
      return Promise.resolve();
    },
    exit: (p) => exited.push(p),
    metrics,
    logger: silentLogger,
  });
  const count = async (name: string) =>
    (await registry.getSingleMetric(name)!.get()).values.reduce((n, v) => n + v.value, 0);
  return { detector, restarted, exited, count };
}

describe('DeadlockDetector', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('leaves an idle topic alone (end offset == committed) for any number of intervals', async () => {
    const { detector, restarted, exited, count } = setup(() => [
      { partition: 0, endOffset: 42, committedOffset: 42, progress: 7 },
      { partition: 1, endOffset: 0, committedOffset: 0, progress: 0 },
    ]);
    detector.start();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(restarted).toEqual([]);
    expect(exited).toEqual([]);
    expect(await count('jaeger_ingester_deadlockdetector_close_signalled_total')).toBe(0);
    detector.stop();
  });

  it('re-seeks a stuck partition (lag > 0, no progress), then exits if it stays stuck', async () => {
    const { detector, restarted, exited, count } = setup(() => [
      { partition: 0, endOffset: 100, committedOffset: 100, progress: 3 },
      { partition: 3, endOffset: 500, committedOffset: 120, progress: 9 },
    ]);
    detector.start();
    await vi.advanceTimersByTimeAsync(1_000); // first observation: no previous state
    expect(restarted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(restarted).toEqual([3]);
    expect(exited).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(exited).toEqual([3]);
    expect(await count('jaeger_ingester_deadlockdetector_close_signalled_total')).toBe(1);
    expect(await count('jaeger_ingester_deadlockdetector_panic_issued_total')).toBe(1);
    detector.stop();
  });

  it('forgives a partition that makes progress after its restart', async () => {
    let progress = 0;
    let committed = 10;
    const { detector, restarted, exited } = setup(() => [
      { partition: 2, endOffset: 1000, committedOffset: committed, progress },
    ]);
    await detector.tick();
    expect((await detector.tick()).get(2)).toBe('restarted');
    progress += 5;
    committed += 5;
    expect((await detector.tick()).get(2)).toBe('progressing');
    expect((await detector.tick()).get(2)).toBe('restarted');
    expect(restarted).toEqual([2, 2]);
    expect(exited).toEqual([]);
  });

  it('exits when, after a restart, messages finish again but the committed offset never moves', async () => {
    let progress = 0;
    const { detector, restarted, exited } = setup(() => [
      { partition: 0, endOffset: 5, committedOffset: 0, progress },
    ]);
    await detector.tick();
    expect((await detector.tick()).get(0)).toBe('restarted');
    progress += 4; // the re-read poison records behind the stuck head were dead-lettered again
    expect((await detector.tick()).get(0)).toBe('exit');
    expect(restarted).toEqual([0]);
    expect(exited).toEqual([0]);
  });

  it('does not treat waiting for an unavailable storage as a deadlock', async () => {
    const { detector, restarted, exited } = setup(
      () => [{ partition: 0, endOffset: 900, committedOffset: 100, progress: 1 }],
      () => true,
    );
    for (let i = 0; i < 5; i++) await detector.tick();
    expect(restarted).toEqual([]);
    expect(exited).toEqual([]);
  });

  it('is disabled with interval 0', async () => {
    const probe = vi.fn(() => [] as PartitionProbe[]);
    const registry = new Registry();
    const detector = new DeadlockDetector({
      intervalMs: 0,
      probe: () => Promise.resolve(probe()),
      waitingForStorage: () => false,
      restartPartition: () => Promise.resolve(),
      exit: () => undefined,
      metrics: new IngesterMetrics(registry),
      logger: silentLogger,
    });
    detector.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probe).not.toHaveBeenCalled();
  });
});
