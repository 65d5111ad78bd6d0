import { pino } from 'pino';
import type { Logger, LevelWithSilent } from 'pino';
import { redactLine, serializeError } from './log-redaction.ts';

export type { Logger } from 'pino';

const LEVELS: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface LoggerOptions {
  /** pino level; unknown names fall back to `info` (config validates the flag before we get here). */
  readonly level?: string;
  /** Written as the `name` field of every line. Components take `logger.child({ component })`. */
  readonly name?: string;
  /** Destination stream, stdout by default; tests pass a memory stream. */
  readonly destination?: NodeJS.WritableStream;
}

/** JSON structured logs, one line per event, ISO timestamps (easier to read next to Jaeger's logs). */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level !== undefined && LEVELS.includes(options.level) ? options.level : 'info';
  const config = {
    level: level as LevelWithSilent,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    // Errors lose request headers and credential fields; every line loses URL user-info (issue 12, bug 4).
    serializers: { err: serializeError, error: serializeError },
    hooks: { streamWrite: redactLine },
    ...(options.name === undefined ? {} : { name: options.name }),
  };
  // pino's sync destination: a crash or process.exit never loses the last lines.
  return options.destination === undefined
    ? pino(config, pino.destination({ dest: 1, sync: true }))
    : pino(config, options.destination);
}
