/** What a `tools/*` command's body gets: its arguments and a logger that stamps the seconds since start. */
export interface ToolContext {
  readonly argv: readonly string[];
  readonly log: (message: string) => void;
}

/**
 * The frame of a long-running repository tool (`npm run chaos`, `npm run interop`): `--help` prints
 * `usage`; kafkajs' harmless negative-timeout warnings are hidden and every other warning is shown;
 * the body's result is the exit code, and an unexpected error is printed with its stack and exits 1.
 */
export function runTool(
  name: string,
  usage: string,
  body: (context: ToolContext) => Promise<number>,
  logStream: 'stdout' | 'stderr' = 'stderr',
): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name !== 'TimeoutNegativeWarning')
      console.error(`(node) ${warning.name}: ${warning.message}`);
  });
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return;
  }
  const began = Date.now();
  const write = logStream === 'stdout' ? console.log : console.error;
  const log = (message: string) => {
    write(`[${name} +${((Date.now() - began) / 1000).toFixed(1)}s] ${message}`);
  };
  body({ argv, log }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    },
  );
}
