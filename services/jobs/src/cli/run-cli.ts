import { redactUrlCredentials, renderHelp } from '@spanstream/config';
import { createLogger, type Logger } from '@spanstream/runtime';
import type { JobModule } from '../job.ts';

export const PROGRAM = 'spanstream-jobs';

export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Structured logs of the run (stderr by default). */
  readonly logger?: Logger;
}

/** `npm run jobs -- --help`: the commands, from the job list. */
function usage(modules: readonly JobModule<unknown>[]): string {
  return [
    `Usage: npm run jobs -- <command> [arguments] [flags]   (${PROGRAM})`,
    '',
    'Commands (each runs once, here, and prints its result as JSON):',
    ...modules.map((module) => `  ${module.cli.usage.split('\n')[0]!}`),
    '',
    'And:',
    '  worker [flags]   the BullMQ workers and schedulers of every enabled job (see worker --help)',
    '',
    "Run `npm run jobs -- <command> --help` for a command's flags. Reference: docs/jobs.md.",
    '',
  ].join('\n');
}

function commandHelp(module: JobModule<unknown>): string {
  const flags =
    module.cli.config === undefined
      ? ''
      : `\n${renderHelp(module.cli.config, `npm run jobs -- ${module.name}`).split('\n').slice(4).join('\n')}`;
  return `Usage: npm run jobs -- ${module.cli.usage}\n${flags}`;
}

/**
 * Runs one command in this process. Exit codes: 0 done, 1 the run failed (one line on stderr, e.g. an
 * unreachable server; no stack trace), 2 bad arguments (one line naming the offending one).
 */
export async function runCommand(
  modules: readonly JobModule<unknown>[],
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(usage(modules));
    return command === undefined ? 2 : 0;
  }
  const module = modules.find((candidate) => candidate.name === command);
  if (module === undefined) {
    io.stderr(`${PROGRAM}: unknown command "${command}"\n${usage(modules)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(module));
    return 0;
  }
  let options: unknown;
  try {
    options = module.cli.parse(rest, io.env);
  } catch (error) {
    io.stderr(`${PROGRAM} ${command}: ${redactUrlCredentials((error as Error).message)}\n`);
    return 2;
  }
  const logger =
    io.logger ??
    createLogger({
      level: io.env['LOG_LEVEL'] ?? 'info',
      name: `jobs-${command}`,
      destination: process.stderr,
    });
  const controller = new AbortController();
  const abort = () => {
    controller.abort(new Error('interrupted'));
  };
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  try {
    const result = await module.run(options, {
      logger,
      signal: controller.signal,
      progress: (progress) => {
        logger.debug({ progress }, 'progress');
        return Promise.resolve();
      },
    });
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    io.stderr(`${PROGRAM} ${command}: ${redactUrlCredentials(oneLine(error))}\n`);
    return 1;
  } finally {
    process.off('SIGINT', abort);
    process.off('SIGTERM', abort);
  }
}

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
