import { micros } from '@spanstream/model';
import type { JobResult, RunContext } from '../job.ts';
import { resolveDay, type Day } from './day.ts';
import { countPartition, mergeLinks, type PartitionCounts } from './derive.ts';
import type { DependenciesOptions } from './options.ts';
import { ProgressReporter } from './progress.ts';
import { openDependencySink, openSpanSource } from './storage.ts';

/** The `_id` (ES) / ts offset seed (Cassandra) of a day's document: a re-run replaces it. */
export const dependenciesDocumentId = (date: string): string => `spanstream-dependencies-${date}`;

/** The CLI's run: every partition in this process, `parallelism` at a time, then one write. */
export async function runDependencies(
  options: DependenciesOptions,
  context: RunContext,
  now: () => number = Date.now,
): Promise<JobResult> {
  const started = Date.now();
  const day = resolveDay(options.date, now());
  const source = await openSpanSource(options);
  let counts: PartitionCounts[];
  try {
    const partitions = source.partitions(options.partitions);
    const spansTotal = await source.total(day);
    context.logger.info(
      { date: day.date, partitions: partitions.length, spansTotal },
      'dependencies: scanning',
    );
    const progress = new ProgressReporter((p) => context.progress(p), {
      partitions: partitions.length,
      ...(spansTotal !== undefined && { spansTotal }),
    });
    counts = await mapConcurrently(partitions, options.parallelism, async (partition) => {
      const result = await countPartition(source, day, partition, {
        signal: context.signal,
        onPage: (spans) => {
          progress.spans(spans);
        },
      });
      progress.partitionDone();
      return result;
    });
    await progress.flush();
  } finally {
    await source.close();
  }
  return writeDay(options, day, counts, context, started);
}

/** Sums the partitions' counts and writes the day's one document (replacing an earlier run's). */
export async function writeDay(
  options: DependenciesOptions,
  day: Day,
  counts: readonly PartitionCounts[],
  context: RunContext,
  /** When the run started (epoch ms), for `durationMs`. */
  startedMs: number,
): Promise<JobResult> {
  const links = mergeLinks(counts.map((c) => c.links));
  // Written even when empty: a re-run over a day whose spans are gone replaces the earlier document.
  const sink = await openDependencySink(options);
  try {
    await sink.writer.writeDependencies(micros(day.startMs * 1000), links, {
      id: dependenciesDocumentId(day.date),
    });
  } finally {
    await sink.close();
  }
  const spans = counts.reduce((sum, c) => sum + c.spans, 0);
  const spansRead = counts.reduce((sum, c) => sum + c.spansRead, 0);
  const calls = links.reduce((sum, link) => sum + link.callCount, 0);
  const result = {
    items: links.length,
    durationMs: Date.now() - startedMs,
    date: day.date,
    storage: options.storage,
    partitions: counts.length,
    spans,
    spansRead,
    calls,
  };
  context.logger.info(result, 'dependencies: written');
  return result;
}

/** `fn` over `items` with at most `limit` calls in flight; results in input order; stops at a failure. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!);
      } catch (error) {
        failed = true; // the other lanes finish their partition and take no new one
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
