import type { Schema } from '@spanstream/config';
import type { Logger } from '@spanstream/runtime';
import type { Job, Queue } from 'bullmq';

/** The jobs of Jaeger's operator (`esIndexCleaner`, `esRollover`, `dependencies`), by CLI command. */
export type JobName = 'es-index-cleaner' | 'es-rollover' | 'dependencies';

/**
 * What a run reports: kept as the BullMQ job's return value, printed by the CLI, and counted into the
 * `items` metric (indices deleted, aliases changed, edges written).
 */
export interface JobResult {
  readonly items: number;
  readonly durationMs: number;
  readonly [detail: string]: unknown;
}

/** Progress of a long run: stored on the BullMQ job and logged (rate-limited) by the CLI. */
export type JobProgress = number | Readonly<Record<string, number>>;

export interface RunContext {
  readonly logger: Logger;
  readonly signal: AbortSignal;
  progress(progress: JobProgress): Promise<void>;
}

/**
 * Inside the worker: the BullMQ job being processed and the queue, for jobs that fan out into child
 * jobs (the dependencies job's partitions) through BullMQ flows.
 */
export interface WorkerRunContext extends RunContext {
  readonly job: Job;
  readonly queue: Queue;
  /** Token of the worker's lock on `job`: BullMQ's `moveToWaitingChildren(token)` needs it. */
  readonly token: string | undefined;
}

/**
 * One job as both entry points run it. The CLI (`npm run jobs -- <name> ...`) parses its arguments into
 * `Options` and calls `run`; the worker reads `Options` from its configuration (flags/env/YAML) for the
 * schedule, stores them as the BullMQ job's data, and calls `process`.
 */
export interface JobModule<Options> {
  readonly name: JobName;
  /** `npm run jobs -- <name> ...`: usage line and parser of the arguments after the command name. */
  readonly cli: {
    readonly usage: string;
    /** The command's flags, listed by `<name> --help` (optional: without it only `usage` is printed). */
    readonly config?: Schema;
    /** Throws an Error naming the offending argument or value (the CLI prints it and exits 2). */
    parse(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Options;
  };
  /**
   * The worker's flags for this job beyond the generic `--<name>.enabled` / `--<name>.schedule`
   * (e.g. `--es-index-cleaner.number-of-days`), merged into the worker's schema, and how the loaded
   * values (this schema's keys plus the shared storage flags) become `Options`.
   */
  readonly worker: {
    readonly config: Schema;
    fromConfig(values: Readonly<Record<string, unknown>>): Options;
  };
  /** Checks options from JSON (a scheduled job's data); throws an Error naming the offending value. */
  parseOptions(raw: unknown): Options;
  /** Runs in this process, start to end (the CLI). */
  run(options: Options, context: RunContext): Promise<JobResult>;
  /** Runs inside a BullMQ worker; may fan out into child jobs and be re-entered when they finish. */
  process(options: Options, context: WorkerRunContext): Promise<JobResult>;
  /** Child job processors by BullMQ job name (`dependencies-partition`), registered by the worker. */
  readonly children?: Readonly<Record<string, (job: Job, context: RunContext) => Promise<unknown>>>;
}
