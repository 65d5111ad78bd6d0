import { UnrecoverableError, WaitingChildrenError, type Job } from 'bullmq';
import type { JobResult, RunContext, WorkerRunContext } from '../job.ts';
import { parseDay, resolveDay } from './day.ts';
import { countPartition, type PartitionCounts } from './derive.ts';
import { parseDependenciesOptions, type DependenciesOptions } from './options.ts';
import { ProgressReporter } from './progress.ts';
import { writeDay } from './run.ts';
import { openSpanSource, type Partition } from './storage.ts';

/** BullMQ name of a partition's child job; the worker registers `children[PARTITION_JOB]`. */
export const PARTITION_JOB = 'dependencies-partition';

interface PartitionJobData {
  readonly options: DependenciesOptions;
  readonly date: string;
  readonly index: number;
  readonly partition: Partition;
}

/**
 * The worker's run, in two entries. First: one child job per partition (added atomically, so any
 * worker of the queue may take them), then the job waits for its children. When they are done BullMQ
 * runs it again: it sums the children's counts and writes the day once.
 */
export async function processDependencies(
  options: DependenciesOptions,
  context: WorkerRunContext,
): Promise<JobResult> {
  const { job, token } = context;
  if (token === undefined) throw new Error('dependencies: the worker passed no lock token');
  const counts = await job.getDependenciesCount();
  const children =
    (counts.processed ?? 0) + (counts.unprocessed ?? 0) + (counts.failed ?? 0) + (counts.ignored ?? 0);
  if (children === 0) await fanOut(options, context);
  if (await job.moveToWaitingChildren(token)) throw new WaitingChildrenError();

  const values = Object.values(await job.getChildrenValues<PartitionCounts>());
  if (values.length !== options.partitions || values.length === 0)
    throw new UnrecoverableError(
      `dependencies: ${values.length} of ${options.partitions} partitions finished; the day is not written`,
    );
  const day = parseDay(values[0]!.date);
  if (day === undefined)
    throw new UnrecoverableError(`dependencies: bad date ${values[0]!.date} from a partition`);
  // From when the job was queued: its first entry is not recorded, and a due job starts at once.
  const result = await writeDay(options, day, values, context, job.timestamp);
  await context.progress({
    spansScanned: result.spans as number,
    partitionsDone: values.length,
    partitions: values.length,
  });
  return result;
}

async function fanOut(options: DependenciesOptions, context: WorkerRunContext): Promise<void> {
  const { job, queue } = context;
  const day = resolveDay(options.date, Date.now());
  const source = await openSpanSource(options);
  let partitions: Partition[];
  let spansTotal: number | undefined;
  try {
    partitions = source.partitions(options.partitions);
    spansTotal = await source.total(day);
  } finally {
    await source.close();
  }
  const parentId = job.id;
  if (parentId === undefined) throw new Error('dependencies: the job has no id');
  await queue.addBulk(
    partitions.map((partition, index) => ({
      name: PARTITION_JOB,
      data: { options, date: day.date, index, partition } satisfies PartitionJobData,
      opts: {
        // BullMQ job ids may not contain ':' (a scheduler's job ids do).
        jobId: `${parentId.replaceAll(':', '-')}-p${index}`,
        parent: { id: parentId, queue: job.queueQualifiedName },
        failParentOnFailure: true,
        attempts: 3,
        backoff: { type: 'exponential', delay: 2000 },
      },
    })),
  );
  context.logger.info(
    { date: day.date, partitions: partitions.length, spansTotal },
    'dependencies: partitions queued',
  );
  await context.progress({
    spansScanned: 0,
    partitionsDone: 0,
    partitions: partitions.length,
    ...(spansTotal !== undefined && { spansTotal }),
  });
}

/** A partition's child job: scans it and returns its counts (kept by BullMQ for the parent). */
export async function processPartition(job: Job, context: RunContext): Promise<PartitionCounts> {
  const data = job.data as Partial<PartitionJobData>;
  const options = parseDependenciesOptions(data.options);
  const day = typeof data.date === 'string' ? parseDay(data.date) : undefined;
  if (day === undefined || typeof data.partition !== 'object')
    throw new UnrecoverableError(`${PARTITION_JOB}: bad job data (date ${String(data.date)})`);
  const source = await openSpanSource(options);
  try {
    const progress = new ProgressReporter((p) => context.progress(p), { partitions: 1 });
    const counts = await countPartition(source, day, data.partition, {
      signal: context.signal,
      onPage: (spans) => {
        progress.spans(spans);
      },
    });
    progress.partitionDone();
    await progress.flush();
    context.logger.info(
      { date: day.date, partition: data.index, spans: counts.spans, links: counts.links.length },
      `${PARTITION_JOB}: done`,
    );
    return counts;
  } finally {
    await source.close();
  }
}
