/**
 * `npm run jobs -- <command>`: a maintenance job run once here (`es-index-cleaner`, `es-rollover`…), or
 * `worker`, the BullMQ workers and schedulers. The only place that reads configuration and builds
 * real clients.
 */
import { runCommand } from './cli/run-cli.ts';
import { jobModules } from './registry.ts';
import { runWorker } from './worker/main-worker.ts';

const [command, ...rest] = process.argv.slice(2);
if (command === 'worker') {
  await runWorker(jobModules, rest);
} else {
  process.exitCode = await runCommand(jobModules, process.argv.slice(2), {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
