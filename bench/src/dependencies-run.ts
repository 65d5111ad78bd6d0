/**
 * Child process of `dependencies.bench.ts`: one in-process run of the dependencies job (as
 * `npm run jobs -- dependencies …` does), so its peak RSS and CPU are the job's alone. Prints one JSON
 * line: the job's result, the wall time, CPU seconds and peak RSS.
 */
import { dependenciesJob } from '@spanstream/jobs/dependencies';
import { createLogger } from '@spanstream/runtime';

const cpu = process.cpuUsage();
const started = performance.now();
const result = await dependenciesJob.run(dependenciesJob.cli.parse(process.argv.slice(2), {}), {
  logger: createLogger({ level: 'warn' }),
  signal: new AbortController().signal,
  progress: () => Promise.resolve(),
});
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({
    result,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
