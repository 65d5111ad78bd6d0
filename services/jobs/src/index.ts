export type { JobName, JobResult, JobProgress, RunContext, WorkerRunContext, JobModule } from './job.ts';
export { jobModules } from './registry.ts';
