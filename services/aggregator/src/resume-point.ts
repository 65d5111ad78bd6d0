import type { PartitionOffsets } from '@spanstream/kafka';
import type { ResumePoint } from './window/partition-aggregator.ts';

/**
 * Commit metadata: the offset counting resumes from and the last window written. The committed offset
 * itself may be earlier (the oldest record the join still needs), so a restart replays those records
 * into the join without counting them again.
 */
interface CommitMetadata {
  readonly v: 1;
  readonly resume: number;
  readonly window: number;
}

export function encodeResumePoint(resume: number, window: number): string {
  const metadata: CommitMetadata = { v: 1, resume, window };
  return JSON.stringify(metadata);
}

/** The resume point of a partition from its group offsets: ours, or a plain commit (count from it). */
export function decodeResumePoint(offsets: PartitionOffsets | undefined): ResumePoint {
  const fresh: ResumePoint = { countFrom: -1, lastWindow: Number.NEGATIVE_INFINITY };
  if (offsets?.committedOffset === undefined) return fresh;
  try {
    const parsed = JSON.parse(offsets.committedMetadata) as Partial<CommitMetadata>;
    if (parsed.v === 1 && typeof parsed.resume === 'number' && typeof parsed.window === 'number') {
      return { countFrom: parsed.resume, lastWindow: parsed.window };
    }
  } catch {
    // Not ours (empty or another tool's metadata): fall through.
  }
  return { countFrom: offsets.committedOffset, lastWindow: Number.NEGATIVE_INFINITY };
}
