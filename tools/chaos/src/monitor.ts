import type { ServiceProcess } from '@spanstream/e2e';
import type { ChaosTopic } from './kafka.ts';
import { rssMiB } from './memory.ts';

/** Samples the group's progress and the ingesters' memory twice a second, by phase. */
export interface Monitor {
  setPhase(phase: string): void;
  /** [time ms, committed offsets] samples. */
  readonly progress: [number, number][];
  readonly peakRssByPhase: Map<string, number>;
  stop(): void;
}

export function startMonitor(topic: ChaosTopic, ingesters: () => readonly ServiceProcess[]): Monitor {
  let phase = 'baseline';
  let busy = false;
  const progress: [number, number][] = [];
  const peakRssByPhase = new Map<string, number>();
  const timer = setInterval(() => {
    const rss = ingesters().reduce((max, i) => Math.max(max, rssMiB(i.child.pid) ?? 0), 0);
    peakRssByPhase.set(phase, Math.max(peakRssByPhase.get(phase) ?? 0, rss));
    if (busy) return;
    busy = true;
    topic
      .committed()
      .then((committed) => progress.push([Date.now(), committed]))
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, 500);
  return {
    setPhase: (next) => {
      phase = next;
    },
    progress,
    peakRssByPhase,
    stop: () => {
      clearInterval(timer);
    },
  };
}

/**
 * Seconds from `at` until the pipeline works again: a request acknowledged after `at` and the
 * group's committed offsets past where they were at `at` (only the latter once the load has ended).
 * Undefined if ingestion never moved again.
 */
export function recoverySeconds(
  at: number,
  ackTimes: readonly number[],
  progress: readonly [number, number][],
) {
  const before = progress.filter(([t]) => t <= at).at(-1)?.[1] ?? 0;
  const ingested = progress.find(([t, committed]) => t > at && committed > before)?.[0];
  // Once the load has ended, only ingestion can show recovery.
  const acked = ackTimes.find((t) => t > at) ?? at;
  if (ingested === undefined) return undefined;
  return (Math.max(ingested, acked) - at) / 1000;
}
