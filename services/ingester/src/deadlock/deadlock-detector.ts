import type { KafkaLogger } from '@spanstream/kafka';
import type { IngesterMetrics } from '../metrics/ingester-metrics.ts';

/** What the detector knows of one assigned partition at a tick. */
export interface PartitionProbe {
  readonly partition: number;
  /** Log end offset (high watermark): the offset the next produced message will get. */
  readonly endOffset: number;
  /** Committed offset of the group, i.e. the next offset to process (0/earliest when none). */
  readonly committedOffset: number;
  /** Monotonic count of messages of this partition finished by this process. */
  readonly progress: number;
}

export interface DeadlockDetectorDeps {
  /** Tick interval (Jaeger's --ingester.deadlockInterval); 0 disables the detector. */
  readonly intervalMs: number;
  readonly probe: () => Promise<readonly PartitionProbe[]>;
  /** True while storage writes are being retried: the partition waits for storage, it is not stuck. */
  readonly waitingForStorage: () => boolean;
  /** Step 1: restart consumption of the partition from its committed offset (re-seek). */
  readonly restartPartition: (partition: number) => Promise<void>;
  /** Step 2: give up; the process must exit non-zero so the orchestrator restarts it. */
  readonly exit: (partition: number) => void;
  readonly metrics: IngesterMetrics;
  readonly logger: KafkaLogger;
}

interface PartitionState {
  progress: number;
  committed: number;
  strikes: number;
}

export type PartitionVerdict = 'idle' | 'progressing' | 'waiting-for-storage' | 'restarted' | 'exit';

/**
 * Jaeger's detector fires when a partition consumed nothing for an interval, so an idle topic kills
 * every ingester (jaeger#1522, #2069). This one only acts on a **stuck** partition: lag > 0
 * (end offset beyond the committed offset) and no progress since the previous tick. First it
 * re-seeks that partition; if its committed offset has still not moved at the next tick, it asks
 * the process to exit.
 */
export class DeadlockDetector {
  private readonly deps: DeadlockDetectorDeps;
  private readonly states = new Map<number, PartitionState>();
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;

  constructor(deps: DeadlockDetectorDeps) {
    this.deps = deps;
  }

  start(): void {
    if (this.deps.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.deps.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One check of every assigned partition; exposed so tests can drive it. */
  async tick(): Promise<Map<number, PartitionVerdict>> {
    const verdicts = new Map<number, PartitionVerdict>();
    if (this.ticking) return verdicts;
    this.ticking = true;
    try {
      const probes = await this.deps.probe();
      const seen = new Set<number>();
      for (const probe of probes) {
        seen.add(probe.partition);
        verdicts.set(probe.partition, await this.check(probe));
      }
      for (const partition of this.states.keys()) if (!seen.has(partition)) this.states.delete(partition);
    } catch (error) {
      // Without end offsets we cannot tell idle from stuck, so we do nothing rather than guess.
      this.deps.logger.warn({ err: error }, 'deadlock detector could not read partition offsets');
    } finally {
      this.ticking = false;
    }
    return verdicts;
  }

  private async check(probe: PartitionProbe): Promise<PartitionVerdict> {
    const previous = this.states.get(probe.partition);
    const state: PartitionState = { progress: probe.progress, committed: probe.committedOffset, strikes: 0 };
    this.states.set(probe.partition, state);
    if (probe.endOffset <= probe.committedOffset) return 'idle';
    if (!previous || previous.committed !== probe.committedOffset) return 'progressing';
    // Before a restart, any finished message counts as progress. After one, only the committed
    // offset does: messages behind a stuck one may finish again and again (redelivered, re-dead-
    // lettered) while the head never does, and that must still reach the exit step.
    if (previous.strikes === 0 && previous.progress !== probe.progress) return 'progressing';
    if (this.deps.waitingForStorage()) {
      state.strikes = previous.strikes;
      return 'waiting-for-storage';
    }
    state.strikes = previous.strikes + 1;
    const partition = String(probe.partition);
    const lag = probe.endOffset - probe.committedOffset;
    if (state.strikes === 1) {
      this.deps.metrics.closeSignalled.inc({ partition });
      this.deps.logger.warn(
        { partition: probe.partition, lag, committed: probe.committedOffset },
        'partition stuck (lag > 0, no progress for an interval): restarting its consumption',
      );
      await this.deps.restartPartition(probe.partition);
      return 'restarted';
    }
    this.deps.metrics.panicIssued.inc({ partition });
    this.deps.logger.error(
      { partition: probe.partition, lag, committed: probe.committedOffset },
      'partition still stuck after a restart, possible deadlock, exiting. ' +
        'This behavior can be disabled with --ingester.deadlockInterval=0',
    );
    this.deps.exit(probe.partition);
    return 'exit';
  }
}
